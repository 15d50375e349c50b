import { describe, expect, test } from 'vitest';
import { useTranslations } from '@/lib/i18n/useTranslations';
import { DEFAULT_ANSWERS, type Answers } from '@/lib/risk/factors';
import { MAX_IGNORED_VALUE_LENGTH } from '@/lib/risk/collectAnswers';
import { MAX_NOTICE_ITEMS } from '@/lib/risk/collectAnswers';
import { loadAnswers, loadNotice, shouldStore } from '@/lib/risk/loadAnswers';
import { queryAfterLoad } from '@/lib/risk/shareUrl';
import { serializeAnswers } from '@/lib/risk/shareUrl';
import { CLICK_ID_PARAMS } from '@/lib/cta/pickUtmParams';
import { encodeStored } from '@/lib/risk/storedAnswers';

const SAVED: Answers = { scope: 'kpo', location: 'nearshore', org: 'large', share: ['know-how'], safeguards: ['audit'] };
const LINKED: Answers = { scope: 'ito', location: 'offshore', org: 'startup', share: ['source-code'], safeguards: [] };
const en = useTranslations('en');
const bg = useTranslations('bg');

describe('loadAnswers', () => {
	test('a link with answer parameters wins over saved answers', () => {
		expect(loadAnswers(`?${serializeAnswers(LINKED)}`, encodeStored(SAVED))).toEqual({
			answers: LINKED,
			ignored: [],
			source: 'link',
			corrupt: false,
			linkSetAside: false,
		});
	});

	test('a marketing preset sets only the fields it names; the rest are defaults, not saved answers', () => {
		const loaded = loadAnswers('?scope=ito&location=offshore&utm_source=ad', encodeStored(SAVED));
		expect(loaded.answers).toEqual({ ...DEFAULT_ANSWERS, scope: 'ito', location: 'offshore' });
		expect(loaded.ignored).toEqual([]);
	});

	test('saved answers are used when the query has no answer parameter', () => {
		expect(loadAnswers('?utm_source=x&x=1', encodeStored(SAVED))).toEqual({
			answers: SAVED,
			ignored: [],
			source: 'saved',
			corrupt: false,
			linkSetAside: false,
		});
	});

	test('the defaults are used when nothing is saved', () => {
		expect(loadAnswers('', null)).toEqual({ answers: DEFAULT_ANSWERS, ignored: [], source: 'default', corrupt: false, linkSetAside: false });
	});

	test('a hostile link keeps its valid parts and reports the rest', () => {
		const loaded = loadAnswers('?scope=<script>alert(1)</script>&share=source-code,,foo&x=1', null);
		expect(loaded.answers).toEqual({ ...DEFAULT_ANSWERS, share: ['source-code'] });
		expect(loaded.ignored).toEqual([
			{ field: 'scope', value: '<script>alert(1)</script>' },
			{ field: 'share', value: 'foo' },
			{ field: 'unknown', value: 'x' },
		]);
		expect(loaded.source).toBe('link');
	});

	test('a link whose every answer is empty or unknown keeps the saved answers, and lists what it held', () => {
		for (const search of ['?SCOPE=', '?scope=zzz', '?scope=%20&share=,,&org=pirate&x=1', '?location=mars&utm_source=news']) {
			const loaded = loadAnswers(search, encodeStored(SAVED));
			expect(loaded.answers, search).toEqual(SAVED);
			expect(loaded.source, search).toBe('saved');
			expect(loaded.linkSetAside, search).toBe(true);
			expect(shouldStore(loaded), search).toBe(false);
		}
		expect(loadAnswers('?scope=zzz&x=1', encodeStored(SAVED)).ignored).toEqual([
			{ field: 'scope', value: 'zzz' },
			{ field: 'unknown', value: 'x' },
		]);
	});

	test('with nothing saved, such a link leaves the defaults, and one recognised answer is enough for a link to win', () => {
		expect(loadAnswers('?scope=zzz', null)).toMatchObject({ answers: DEFAULT_ANSWERS, source: 'default', linkSetAside: true });
		expect(loadAnswers('?scope=zzz&share=know-how', encodeStored(SAVED))).toMatchObject({
			answers: { ...DEFAULT_ANSWERS, share: ['know-how'] },
			source: 'link',
			linkSetAside: false,
		});
		// A recognised answer that happens to be the default is still the link's answer.
		expect(loadAnswers('?scope=bpo', encodeStored(SAVED))).toMatchObject({ answers: DEFAULT_ANSWERS, source: 'link' });
	});

	test('click ids that ads and newsletters add (one list) are ignored silently, like utm_*', () => {
		const search = `?scope=ito&${CLICK_ID_PARAMS.map((name, i) => `${i % 2 ? name.toUpperCase() : name}=abc123`).join('&')}&utm_source=ad`;
		expect(loadAnswers(search, null)).toMatchObject({ answers: { ...DEFAULT_ANSWERS, scope: 'ito' }, ignored: [] });
		expect(CLICK_ID_PARAMS).toEqual(expect.arrayContaining(['fbclid', 'gclid', 'mc_cid', 'mc_eid', '_gl', 'msclkid']));
		// Only the standard campaign keys stay in the address bar.
		expect(queryAfterLoad(search)).toBe('?utm_source=ad');
	});

	test('corrupt saved answers fall back to the defaults and say so', () => {
		expect(loadAnswers('', '{not json')).toEqual({ answers: DEFAULT_ANSWERS, ignored: [], source: 'saved', corrupt: true, linkSetAside: false });
	});
});

describe('shouldStore', () => {
	test('stores a link’s answers and repairs bad saved data, but leaves good or absent data alone', () => {
		expect(shouldStore(loadAnswers('?scope=ito', null))).toBe(true);
		expect(shouldStore(loadAnswers('', '{not json'))).toBe(true);
		expect(shouldStore(loadAnswers('', '{"scope":"nope"}'))).toBe(true);
		expect(shouldStore(loadAnswers('', encodeStored(SAVED)))).toBe(false);
		expect(shouldStore(loadAnswers('', null))).toBe(false);
	});
});

describe('queryAfterLoad', () => {
	test('keeps only the standard campaign parameters, normalised', () => {
		expect(queryAfterLoad('?scope=ito&utm_source=news&x=1&UTM_Campaign=q4&utm_id=7')).toBe('?utm_source=news&utm_campaign=q4');
	});
	test('is empty when nothing is left', () => {
		expect(queryAfterLoad('?scope=ito&share=source-code')).toBe('');
		expect(queryAfterLoad('')).toBe('');
	});
});

describe('loadNotice', () => {
	test('is null when everything was used', () => {
		expect(loadNotice(loadAnswers('?scope=ito', null), en)).toBeNull();
		expect(loadNotice(loadAnswers('', encodeStored(SAVED)), en)).toBeNull();
		expect(loadNotice(loadAnswers('', null), en)).toBeNull();
	});

	test('names every ignored field and value of a link, values as given (plain text)', () => {
		const notice = loadNotice(loadAnswers('?scope=<script>alert(1)</script>&share=source-code,,foo&x=1', null), en);
		expect(notice).toEqual({
			message: 'Some values in the link were not recognised and were ignored; the calculator uses the rest:',
			items: ['Service scope: “<script>alert(1)</script>”', 'Shared with the contractor: “foo”', 'Unknown parameter: “x”'],
		});
	});

	test('lists at most ten ignored values and counts the rest, each value already cut to a readable length', () => {
		const hostile = Array.from({ length: 5000 }, (_, i) => `x${i}=1`).join('&');
		const notice = loadNotice(loadAnswers(`?scope=${'y'.repeat(10_000)}&${hostile}`, null), en);
		expect(notice?.items).toHaveLength(MAX_NOTICE_ITEMS + 1);
		expect(notice?.items[0]).toBe(`Service scope: “${'y'.repeat(MAX_IGNORED_VALUE_LENGTH)}”`);
		expect(notice?.items.at(-1)).toBe('…and 4991 more');
		expect(notice?.items.join('').length).toBeLessThan(1000);
	});

	test('speaks of saved answers when they were the source, in Bulgarian too', () => {
		const notice = loadNotice(loadAnswers('', '{"org":"pirate","extra":1}'), bg);
		expect(notice?.message).toContain('запазените ви отговори');
		expect(notice?.items).toEqual(['Вашата организация: „pirate“', 'Непознат параметър: „extra“']);
	});

	test('says when a link was set aside and why: saved answers kept, or the defaults, in Bulgarian too', () => {
		expect(loadNotice(loadAnswers('?scope=zzz', encodeStored(SAVED)), en)).toEqual({
			message: 'The link held no answer the calculator recognises, so it keeps your saved answers.',
			items: ['Service scope: “zzz”'],
		});
		expect(loadNotice(loadAnswers('?SCOPE=', null), en)).toEqual({
			message: 'The link held no answer the calculator recognises, so it starts from its default answers.',
			items: [],
		});
		expect(loadNotice(loadAnswers('?org=pirate', encodeStored(SAVED)), bg)?.message).toContain('запазва досегашните ви отговори');
	});

	test('explains corrupt saved answers without listing items', () => {
		expect(loadNotice(loadAnswers('', '][', ), en)).toEqual({
			message: 'Your saved answers could not be read, so the calculator starts from its default answers.',
			items: [],
		});
	});
});
