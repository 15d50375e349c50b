// A deal detail from what the reader typed or a link carried: cleaned, checked against its kind's limits (taken from
// the field configuration, never copied here), and written into the wording with Intl in each language.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { limitText, problemText } from '@/lib/clauses/fieldProblems';
import { characterCount, checkField, cleanValue, CURRENCY, fieldText, formatAmount, formatDuration, parseWhole, type FieldCheck } from '@/lib/clauses/fieldValues';
import { CLAUSE_FIELDS, FIELD_IDS, type FieldId, type FieldSpec } from '@/lib/clauses/fields';
import { translator } from '@/lib/i18n/translator';
import { dictionaries } from '@/lib/i18n/useTranslations';
import { LOCALES, LOCALE_INFO } from '@/lib/i18n/locales';

const spec = (id: FieldId): FieldSpec => CLAUSE_FIELDS[id];
const idsOf = (kind: FieldSpec['kind']) => FIELD_IDS.filter((id) => spec(id).kind === kind);
const [textId] = idsOf('text');
const [durationId] = idsOf('duration');
const [amountId] = idsOf('amount');
const choiceIds = idsOf('choice').filter((id) => id !== CURRENCY);
if (!textId || !durationId || !amountId) throw new Error('the field configuration has a text, a duration and an amount field');
const limits = (id: FieldId) => {
	const s = spec(id);
	if (s.kind !== 'duration' && s.kind !== 'amount') throw new Error(`${id} is not numeric`);
	return s;
};
const ok = (value: string): FieldCheck => ({ state: 'ok', value });
const EMPTY: FieldCheck = { state: 'empty' };

describe('cleanValue', () => {
	test('drops controls, line breaks and direction overrides, collapses spaces and trims', () => {
		expect(cleanValue('  Acme\u0000 \n Ltd\u202e  ')).toBe('Acme Ltd');
		expect(cleanValue('A\u2066B\u2069C\u200fD')).toBe('ABCD');
		expect(cleanValue('\ud800x')).toBe('\ufffdx');
	});

	test('keeps right-to-left letters and markup-looking text as they are: they are text', () => {
		expect(cleanValue('شركة')).toBe('شركة');
		expect(cleanValue('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
	});

	test('is idempotent and never leaves a control or override character, whatever it is given', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (raw) => {
				const clean = cleanValue(raw);
				expect(cleanValue(clean)).toBe(clean);
				// eslint-disable-next-line no-control-regex
				expect(clean).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
				expect(clean.isWellFormed()).toBe(true);
			}),
		);
	});
});

describe('parseWhole', () => {
	test('reads digits, grouped by one separator in threes or not grouped', () => {
		for (const [text, value] of [
			['10000', 10_000],
			['10 000', 10_000],
			['10,000', 10_000],
			['10.000', 10_000],
			['1\u00a0000\u00a0000', 1_000_000],
			['7', 7],
		] as const)
			expect(parseWhole(text), text).toBe(value);
	});

	test('refuses signs, decimals, mixed or misplaced separators and numbers too long to be exact', () => {
		for (const text of ['-5', '+5', '10.5', '10,50', '1,000.000', '10 00', '1,00,000', 'five', '1e3', '9'.repeat(13)]) expect(parseWhole(text), text).toBeUndefined();
	});

	test('reads back any whole number written in either locale', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), fc.constantFrom(...LOCALES), (n, locale) => {
				expect(parseWhole(formatAmount(n, undefined, locale))).toBe(n);
			}),
		);
	});
});

describe('checkField', () => {
	test('an empty or blank value is empty: the draft keeps its blank', () => {
		for (const id of FIELD_IDS) for (const raw of ['', '   ', '\u0000']) expect(checkField(id, raw)).toEqual(EMPTY);
	});

	test('text up to its limit is kept as cleaned; one character more is refused, with its length', () => {
		const { maxLength } = spec(textId) as Extract<FieldSpec, { kind: 'text' }>;
		expect(checkField(textId, ` ${'é'.repeat(maxLength)} `)).toEqual(ok('é'.repeat(maxLength)));
		expect(checkField(textId, 'x'.repeat(maxLength + 1))).toEqual({ state: 'invalid', problem: 'tooLong', length: maxLength + 1 });
		// A letter with its accent, or a family emoji, counts once.
		expect(characterCount('e\u0301👨‍👩‍👧')).toBe(2);
		expect(checkField(textId, 'x'.repeat(10_000))).toMatchObject({ state: 'invalid', problem: 'tooLong' });
	});

	test('numbers within their limits are kept as plain digits; others are refused, saying why', () => {
		for (const id of [durationId, amountId]) {
			const { min, max } = limits(id);
			expect(checkField(id, String(min))).toEqual(ok(String(min)));
			expect(checkField(id, formatAmount(max, undefined, 'bg'))).toEqual(ok(String(max)));
			expect(checkField(id, String(min - 1))).toEqual({ state: 'invalid', problem: 'outOfRange' });
			expect(checkField(id, String(max + 1))).toEqual({ state: 'invalid', problem: 'outOfRange' });
			expect(checkField(id, '12.5')).toEqual({ state: 'invalid', problem: 'notWhole' });
			expect(checkField(id, '<script>')).toEqual({ state: 'invalid', problem: 'notWhole' });
		}
	});

	test('a choice is one of its options, exactly', () => {
		for (const id of idsOf('choice')) {
			const s = spec(id) as Extract<FieldSpec, { kind: 'choice' }>;
			for (const option of s.options) expect(checkField(id, option)).toEqual(ok(option));
			expect(checkField(id, '"><script>')).toEqual({ state: 'invalid', problem: 'notOption' });
		}
	});

	test('never throws, and what it keeps always checks again as itself', () => {
		fc.assert(
			fc.property(fc.constantFrom(...FIELD_IDS), fc.string({ maxLength: 300 }), (id, raw) => {
				const check = checkField(id, raw);
				if (check.state === 'ok') expect(checkField(id, check.value)).toEqual(check);
			}),
		);
	});
});

describe('fieldText', () => {
	const words = (locale: (typeof LOCALES)[number]) => ({ [`blank.${textId}`]: `[${locale} ${textId}]`, [`blank.${CURRENCY}`]: `[${locale} currency]`, [`blank.${durationId}`]: `[${locale} n]` });

	test('an empty or unusable value writes the field’s blank, in the schedule’s language', () => {
		expect(fieldText(textId, EMPTY, EMPTY, 'en', words('en'))).toEqual({ text: `[en ${textId}]`, blank: true });
		expect(fieldText(durationId, { state: 'invalid', problem: 'notWhole' }, EMPTY, 'bg', words('bg'))).toEqual({ text: '[bg n]', blank: true });
	});

	test('text is written as it is, markup-looking or not', () => {
		expect(fieldText(textId, ok('"><script>'), EMPTY, 'en', {})).toEqual({ text: '"><script>', blank: false });
	});

	test('a duration is written with its unit and the plural form each language needs', () => {
		const { unit } = limits(durationId) as Extract<FieldSpec, { kind: 'duration' }>;
		for (const locale of LOCALES) {
			for (const n of [1, 2, 5, 21]) expect(fieldText(durationId, ok(String(n)), EMPTY, locale, {}).text).toBe(formatDuration(n, unit, locale));
		}
		expect(formatDuration(1, 'year', 'en')).toBe('1 year');
		expect(formatDuration(5, 'year', 'en')).toBe('5 years');
		expect(formatDuration(1, 'year', 'bg')).toBe('1 година');
		expect(formatDuration(5, 'year', 'bg')).toBe('5 години');
	});

	test('a sum is written in the deal’s currency, or followed by the currency’s blank until one is chosen', () => {
		expect(fieldText(amountId, ok('10000'), ok('EUR'), 'en', {}).text).toBe('10,000 euros');
		expect(fieldText(amountId, ok('10000'), ok('EUR'), 'bg', {}).text).toBe('10\u00a0000 евро');
		expect(fieldText(amountId, ok('10000'), EMPTY, 'en', words('en'))).toEqual({ text: '10,000 [en currency]', blank: false });
	});

	test('a choice is written with the wording’s word for it', () => {
		for (const id of choiceIds) {
			const [option] = (spec(id) as Extract<FieldSpec, { kind: 'choice' }>).options;
			expect(fieldText(id, ok(option ?? ''), EMPTY, 'en', { [`option.${id}.${option ?? ''}`]: 'WORD' }).text).toBe('WORD');
		}
	});
});

describe('limitText and problemText', () => {
	test.each(LOCALES)('name the limits from the configuration, in %s, and say nothing of a usable value', (locale) => {
		const t = translator(dictionaries[locale], LOCALE_INFO[locale].intl);
		const { maxLength } = spec(textId) as Extract<FieldSpec, { kind: 'text' }>;
		expect(limitText(textId, locale, t)).toContain(String(maxLength));
		const { min, max, unit } = limits(durationId) as Extract<FieldSpec, { kind: 'duration' }>;
		expect(limitText(durationId, locale, t)).toContain(formatDuration(max, unit, locale));
		expect(problemText(durationId, checkField(durationId, String(max + 1)), locale, t)).toContain(formatDuration(min, unit, locale));
		expect(problemText(textId, checkField(textId, 'x'.repeat(maxLength + 5)), locale, t)).toContain(String(maxLength + 5));
		expect(problemText(amountId, checkField(amountId, '1.5'), locale, t)).not.toBe('');
		for (const id of FIELD_IDS) expect(problemText(id, checkField(id, ''), locale, t)).toBe('');
		// Every message is a real string of the dictionary, its placeholders filled.
		for (const id of FIELD_IDS) for (const raw of ['x'.repeat(500), '-1', '0', 'zz']) expect(problemText(id, checkField(id, raw), locale, t)).not.toMatch(/\{|builder\./);
	});
});
