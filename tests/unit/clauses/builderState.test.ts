// The builder's state in its share link and in storage: a round trip for any state (fast-check), and hostile or broken
// input dropped, reported in a bounded notice, never thrown; a link wins over saved work, saved work over the defaults.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { builderNotice } from '@/lib/clauses/builderNotice';
import {
	CLAUSES_PARAM,
	decodeStoredBuilder,
	encodeStoredBuilder,
	hasBuilderParams,
	LANGUAGE_MODES,
	loadBuilder,
	MODE_PARAM,
	parseBuilderLink,
	shouldSaveLoaded,
	type BuilderContext,
	type BuilderState,
} from '@/lib/clauses/builderState';
import { checkField } from '@/lib/clauses/fieldValues';
import { CLAUSE_FIELDS, FIELD_IDS, type FieldId } from '@/lib/clauses/fields';
import { serializeBuilder } from '@/lib/clauses/shareLink';
import { UTM_KEYS } from '@/lib/cta/pickUtmParams';
import { LOCALE_INFO } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import { dictionaries } from '@/lib/i18n/useTranslations';
import { MAX_IGNORED_VALUE_LENGTH, MAX_NOTICE_ITEMS } from '@/lib/risk/collectAnswers';
import { ANSWER_FIELDS, DEFAULT_ANSWERS, type Answers } from '@/lib/risk/factors';
import { serializeAnswers } from '@/lib/risk/shareUrl';
import { encodeStored } from '@/lib/risk/storedAnswers';
import { answers } from '../risk/arbitraries';

const CLAUSE_IDS = ['first', 'second-one', 'third'];
/** A fixture recommendation: the first clause always, the third for offshore deals. */
const CONTEXT: BuilderContext = {
	clauseIds: CLAUSE_IDS,
	recommend: (a: Answers) => ['first', ...(a.location === 'offshore' ? ['third'] : [])],
	mode: 'en',
};
const t = translator(dictionaries.en, LOCALE_INFO.en.intl);

/** A usable value for each field, drawn from its own limits. */
function usableValue(id: FieldId): fc.Arbitrary<string> {
	const spec = CLAUSE_FIELDS[id];
	switch (spec.kind) {
		case 'text':
			return fc.string({ minLength: 1, maxLength: spec.maxLength }).filter((s) => checkField(id, s).state === 'ok').map((s) => (checkField(id, s) as { value: string }).value);
		case 'choice':
			return fc.constantFrom(...spec.options);
		case 'duration':
		case 'amount':
			return fc.integer({ min: spec.min, max: spec.max }).map(String);
	}
}
const fields = fc.record(Object.fromEntries(FIELD_IDS.map((id) => [id, usableValue(id)])) as Record<FieldId, fc.Arbitrary<string>>, { requiredKeys: [] });
const states: fc.Arbitrary<BuilderState> = fc.record({
	answers,
	clauses: fc.subarray(CLAUSE_IDS),
	mode: fc.constantFrom(...LANGUAGE_MODES),
	fields,
});

describe('share link', () => {
	test('round trip: any state with usable details comes back exactly, nothing dropped, whatever the order of the details', () => {
		fc.assert(
			fc.property(states, (state) => {
				const query = serializeBuilder(state, CONTEXT);
				expect(hasBuilderParams(query)).toBe(true);
				expect(parseBuilderLink(`?${query}`, CONTEXT)).toEqual({
					parts: { answers: state.answers, clauses: state.clauses, mode: state.mode, ...(Object.keys(state.fields).length > 0 ? { fields: state.fields } : {}) },
					dropped: [],
				});
				expect(loadBuilder(`?${query}`, null, null, CONTEXT).state).toEqual(state);
			}),
		);
	});

	test('starts with the calculator’s own query for the answers, so either tool reads the other’s link', () => {
		fc.assert(
			fc.property(states, (state) => {
				expect(serializeBuilder(state, CONTEXT).startsWith(`${serializeAnswers(state.answers)}&`)).toBe(true);
			}),
		);
	});

	test('leaves out a detail that cannot be used, and keeps the clauses in library order', () => {
		const field = FIELD_IDS.find((id) => CLAUSE_FIELDS[id].kind === 'duration') as FieldId;
		const query = serializeBuilder({ answers: DEFAULT_ANSWERS, clauses: ['third', 'first'], mode: 'both', fields: { [field]: 'many' } }, CONTEXT);
		expect(query).toBe(`${serializeAnswers(DEFAULT_ANSWERS)}&${CLAUSES_PARAM}=first,third&${MODE_PARAM}=both`);
	});

	test('a calculator link (answers only) ticks the clauses those answers call for and keeps the details already typed', () => {
		const saved = encodeStoredBuilder({ answers: DEFAULT_ANSWERS, clauses: [], mode: 'bg', fields: { [FIELD_IDS[0] as FieldId]: 'Acme' } });
		const loaded = loadBuilder('?scope=ito&location=offshore', saved, null, CONTEXT);
		expect(loaded.source).toBe('link');
		expect(loaded.state).toEqual({ answers: { ...DEFAULT_ANSWERS, scope: 'ito', location: 'offshore' }, clauses: ['first', 'third'], mode: 'bg', fields: { [FIELD_IDS[0] as FieldId]: 'Acme' } });
	});

	test('campaign tags are no builder parameters; names match whatever their case', () => {
		expect(hasBuilderParams(`?${UTM_KEYS[0]}=news`)).toBe(false);
		const [id] = FIELD_IDS as [FieldId];
		expect(parseBuilderLink(`?${id.toUpperCase()}=Acme&LANG=BG`, CONTEXT).parts).toEqual({ fields: { [id]: 'Acme' }, mode: 'bg' });
	});

	test('hostile values: unknown clauses, names and modes, unusable and oversized details are dropped, each cut short, and listed at most ten at a time', () => {
		const text = FIELD_IDS.find((id) => CLAUSE_FIELDS[id].kind === 'text') as FieldId;
		const hostile = [
			`${CLAUSES_PARAM}=first,<img src=x onerror=alert(1)>,${'z'.repeat(500)}`,
			`${MODE_PARAM}="><script>`,
			`${text}=${encodeURIComponent('x'.repeat(10_000))}`,
			...Array.from({ length: 2000 }, (_, i) => `junk${i}=1`),
		].join('&');
		const { parts, dropped } = parseBuilderLink(hostile, CONTEXT);
		expect(parts.clauses).toEqual(['first']);
		expect(parts.mode).toBeUndefined();
		expect(parts.fields).toEqual({});
		expect(dropped.slice(0, 4)).toEqual([
			{ field: CLAUSES_PARAM, value: '<img src=x onerror=alert(1)>' },
			{ field: CLAUSES_PARAM, value: 'z'.repeat(MAX_IGNORED_VALUE_LENGTH) },
			{ field: MODE_PARAM, value: '"><script>' },
			{ field: text, value: 'x'.repeat(MAX_IGNORED_VALUE_LENGTH) },
		]);
		const notice = builderNotice({ state: loadBuilder(`?${hostile}`, null, null, CONTEXT).state, source: 'link', corrupt: false, dropped }, t);
		expect(notice?.message).toBe(t('builder.notice.link'));
		expect(notice?.items).toHaveLength(MAX_NOTICE_ITEMS + 1);
		expect(notice?.items.at(-1)).toBe(t('calc.notice.more', { count: dropped.length - MAX_NOTICE_ITEMS }));
		expect(notice?.items[0]).toBe(t('calc.notice.item', { field: t('builder.notice.clause'), value: '<img src=x onerror=alert(1)>' }));
	});

	test('never throws on any query', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (query) => {
				const { parts } = parseBuilderLink(query, CONTEXT);
				for (const id of parts.clauses ?? []) expect(CLAUSE_IDS).toContain(id);
				for (const [id, value] of Object.entries(parts.fields ?? {})) expect(checkField(id as FieldId, value).state).toBe('ok');
			}),
		);
	});
});

describe('saved work', () => {
	test('round trip, details exactly as typed, even those that cannot be used yet', () => {
		fc.assert(
			fc.property(states, fc.string({ maxLength: 400 }), (state, typed) => {
				const withTyping = { ...state, fields: { ...state.fields, [FIELD_IDS[0] as FieldId]: typed } };
				expect(loadBuilder('', encodeStoredBuilder(withTyping), null, CONTEXT)).toEqual({ state: withTyping, source: 'saved', corrupt: false, dropped: [] });
			}),
		);
	});

	test('corrupt saved work is reported and replaced; a broken part is dropped and named, the rest kept', () => {
		const corrupt = loadBuilder('', '{not json', null, CONTEXT);
		expect(corrupt).toMatchObject({ source: 'saved', corrupt: true, state: { clauses: ['first'], fields: {} } });
		expect(shouldSaveLoaded(corrupt)).toBe(true);
		expect(builderNotice(corrupt, t)).toEqual({ message: t('builder.notice.corrupt'), items: [] });

		const partly = decodeStoredBuilder(JSON.stringify({ choices: `${CLAUSES_PARAM}=first,gone`, fields: { nope: 'x', [FIELD_IDS[0] as FieldId]: 5 }, extra: 1 }), CONTEXT);
		expect(partly.parts).toEqual({ clauses: ['first'], fields: {} });
		expect(partly.dropped).toEqual([
			{ field: CLAUSES_PARAM, value: 'gone' },
			{ field: 'unknown', value: 'nope' },
			{ field: 'unknown', value: FIELD_IDS[0] },
			{ field: 'unknown', value: 'extra' },
		]);
	});

	test('without a link or saved work, a new draft follows the calculator’s saved answers, in the page’s language', () => {
		const calculator = encodeStored({ ...DEFAULT_ANSWERS, location: 'offshore' });
		expect(loadBuilder('?utm_source=x', null, calculator, { ...CONTEXT, mode: 'bg' })).toEqual({
			state: { answers: { ...DEFAULT_ANSWERS, location: 'offshore' }, clauses: ['first', 'third'], mode: 'bg', fields: {} },
			source: 'default',
			corrupt: false,
			dropped: [],
		});
		expect(loadBuilder('', null, '[[[', CONTEXT).state.answers).toEqual(DEFAULT_ANSWERS);
	});

	test('a link’s answers and fields replace the saved ones; what the link does not carry stays', () => {
		fc.assert(
			fc.property(states, answers, (saved, linked) => {
				const loaded = loadBuilder(`?${serializeAnswers(linked)}&${MODE_PARAM}=bg`, encodeStoredBuilder(saved), null, CONTEXT);
				expect(loaded.state).toEqual({ answers: linked, clauses: CONTEXT.recommend(linked), mode: 'bg', fields: saved.fields });
				expect(shouldSaveLoaded(loaded)).toBe(true);
			}),
		);
	});

	test('the link’s parameter names are distinct: no detail shadows an answer, the clauses, the language or a campaign tag', () => {
		const names = [...ANSWER_FIELDS, CLAUSES_PARAM, MODE_PARAM, ...UTM_KEYS].map((n) => n.toLowerCase());
		for (const id of FIELD_IDS) expect(names).not.toContain(id.toLowerCase());
		expect(new Set(FIELD_IDS.map((id) => id.toLowerCase())).size).toBe(FIELD_IDS.length);
	});
});
