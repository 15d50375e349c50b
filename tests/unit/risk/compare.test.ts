import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LOCALE_INFO } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import { dictionaries } from '@/lib/i18n/useTranslations';
import { compareNotice, compareRows, parseCompare } from '@/lib/risk/compare';
import { ANSWER_FIELDS, DEFAULT_ANSWERS, RISK_DIMENSIONS, type Answers } from '@/lib/risk/factors';
import { scoreRisk } from '@/lib/risk/scoreRisk';
import { serializeAnswers } from '@/lib/risk/shareUrl';
import { deltaText } from '@/lib/risk/points';
import { compareQuery } from '@/lib/risk/whatIf';
import { answers } from './arbitraries';

test('a compare link gives back both scenarios exactly, with nothing ignored', () => {
	fc.assert(
		fc.property(answers, answers, (a, b) => {
			expect(parseCompare(`?${compareQuery(a, b)}`)).toEqual({ a, b, ignored: [], repeated: [] });
		}),
	);
});

test('each scenario is the calculator’s own query string, so it opens in the calculator as it is', () => {
	fc.assert(
		fc.property(answers, answers, (a, b) => {
			const params = new URLSearchParams(compareQuery(a, b));
			expect(params.get('a')).toBe(serializeAnswers(a));
			expect(params.get('b')).toBe(serializeAnswers(b));
		}),
	);
});

test('a link without both scenarios is no comparison', () => {
	expect(parseCompare('')).toBeNull();
	expect(parseCompare('?a=scope%3Dito')).toBeNull();
	expect(parseCompare('?b=scope%3Dito')).toBeNull();
});

test('values the calculator does not know fall back per field and are reported', () => {
	const parsed = parseCompare('?a=scope%3Dspace%26location%3Doffshore&b=share%3Dsource-code%2Cgold');
	expect(parsed?.a.scope).toBe('bpo');
	expect(parsed?.a.location).toBe('offshore');
	expect(parsed?.b.share).toEqual(['source-code']);
	expect(parsed?.ignored.map(({ field, value }) => `${field}=${value}`)).toEqual(['scope=space', 'share=gold']);
});

describe('compareNotice', () => {
	const t = translator(dictionaries.en, LOCALE_INFO.en.intl);
	const notice = (search: string) => {
		const parsed = parseCompare(search);
		expect(parsed).not.toBeNull();
		return compareNotice(parsed!, t);
	};

	test('is null when the link is used whole', () => {
		expect(notice(`?${compareQuery(DEFAULT_ANSWERS, { ...DEFAULT_ANSWERS, scope: 'ito' })}`)).toBeNull();
	});

	test('an answer given twice inside a scenario keeps its first value, and the notice names the second, not "defaults"', () => {
		const parsed = parseCompare(`?${new URLSearchParams({ a: 'scope=ito&scope=kpo', b: 'scope=lpo' }).toString()}`);
		expect(parsed?.a.scope).toBe('ito');
		expect(compareNotice(parsed!, t)).toEqual({
			message: 'Some values in this link were not used (not recognised, or a second value for one answer); the table shows what each scenario uses:',
			items: ['Your answers – Service scope: “kpo”'],
		});
		expect(JSON.stringify(compareNotice(parsed!, t))).not.toMatch(/default/i);
	});

	test('a second a= or b= is no longer dropped silently: the first is compared and the notice says so', () => {
		const parsed = parseCompare('?a=scope%3Dito&b=scope%3Dkpo&a=scope%3Dlpo');
		expect(parsed).toMatchObject({ a: { scope: 'ito' }, b: { scope: 'kpo' }, repeated: ['a'] });
		expect(compareNotice(parsed!, t)?.items).toEqual(['“a” is in the link more than once: only the first is compared']);
	});

	test('names unknown values by scenario, ten at most, and counts the rest', () => {
		const junk = Array.from({ length: 30 }, (_, i) => `z${i}=1`).join('&');
		const items = notice(`?${new URLSearchParams({ a: `scope=space&${junk}`, b: 'share=gold' }).toString()}`)?.items ?? [];
		expect(items[0]).toBe('Your answers – Service scope: “space”');
		expect(items).toHaveLength(11);
		expect(items.at(-1)).toBe('…and 22 more');
	});
});

describe('compareRows', () => {
	const t = translator(dictionaries.en, LOCALE_INFO.en.intl);
	const a: Answers = { ...DEFAULT_ANSWERS, scope: 'ito', location: 'onshore', share: ['source-code'] };
	const b: Answers = { ...a, location: 'offshore' };

	test('one row per answer, then the overall score, the level and each area', () => {
		expect(compareRows(a, b, t).map(({ row }) => row)).toEqual([...ANSWER_FIELDS, 'overall', 'level', ...RISK_DIMENSIONS]);
	});

	test('answers read as the calculator labels them, and only the changed one is marked', () => {
		const rows = compareRows(a, b, t);
		const location = rows.find(({ row }) => row === 'location');
		expect(location).toEqual({ row: 'location', a: 'In your own country (onshoring)', b: 'In a distant country (offshoring)', difference: 'changed' });
		expect(rows.filter(({ row }) => (ANSWER_FIELDS as readonly string[]).includes(row) && row !== 'location').map(({ difference }) => difference)).toEqual(['', '', '', '']);
		expect(rows.find(({ row }) => row === 'share')?.a).toBe('Source code');
		expect(rows.find(({ row }) => row === 'safeguards')?.a).toBe('None');
	});

	test('every score and difference is the model’s', () => {
		fc.assert(
			fc.property(answers, answers, (x, y) => {
				const [rx, ry] = [scoreRisk(x), scoreRisk(y)];
				const rows = new Map(compareRows(x, y, t).map((cells) => [cells.row, cells]));
				expect(rows.get('overall')).toEqual({ row: 'overall', a: String(rx.overall), b: String(ry.overall), difference: deltaText(ry.overall - rx.overall, t) });
				for (const d of RISK_DIMENSIONS) {
					expect(rows.get(d)).toEqual({ row: d, a: String(rx.scores[d]), b: String(ry.scores[d]), difference: deltaText(ry.scores[d] - rx.scores[d], t) });
				}
				expect(rows.get('level')?.difference).toBe(rx.level === ry.level ? '' : 'changed');
			}),
		);
	});
});
