/**
 * A deal field's value (src/lib/clauses/fields.ts) from what the reader typed or a link carried: cleaned, checked
 * against its kind's limits, and written into the wording in the schedule's language with Intl (units with their
 * plural forms, sums with the deal's currency). Every value is plain text: the caller puts it into a text node.
 */
import { LOCALE_INFO, type Locale } from '@/lib/i18n/locales';
import { CLAUSE_FIELDS, type FieldId, type FieldSpec } from './fields';

/** The field that names the deal's currency, in which every amount is written. */
export const CURRENCY: FieldId = 'currency';

/** Why a value cannot go into the draft. */
export type FieldProblem = 'tooLong' | 'notWhole' | 'outOfRange' | 'notOption';

/** A field's value as checked: nothing typed (the draft keeps its blank), a usable value, or the reason it is not. */
export type FieldCheck =
	| { readonly state: 'empty' }
	| { readonly state: 'ok'; readonly value: string }
	| { readonly state: 'invalid'; readonly problem: FieldProblem; readonly length?: number };

/**
 * Characters a value never keeps: controls (C0, C1), line and paragraph separators, and the bidirectional embeddings,
 * overrides and isolates, which would let a name reorder the words around it in the contract (as "Trojan Source" does
 * in code). Right-to-left letters themselves stay: the page shows every value in its own isolated <bdi>.
 */
// eslint-disable-next-line no-control-regex
const UNWANTED = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** A typed value as the draft keeps it: well-formed Unicode, no control or direction characters, spaces collapsed. */
export function cleanValue(raw: string): string {
	return raw.toWellFormed().replace(UNWANTED, '').replace(/\s+/gu, ' ').trim();
}

/** User-perceived characters, as a limit counts them: an accented letter or an emoji is one. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
export function characterCount(text: string): number {
	let count = 0;
	for (const _ of graphemes.segment(text)) count += 1;
	return count;
}

/**
 * A whole number written with digits, grouped or not ("10000", "10 000", "10,000", "10.000", "10’000"): one group
 * separator throughout, three digits to a group. No sign, no decimals: a sum or a period in a contract is a whole
 * number, and "10,5" or "10.50" would be read differently in English and in Bulgarian.
 */
const WHOLE = /^(?:\d+|\d{1,3}(?:([,.'’\u00a0\u202f\u2009 ])\d{3})(?:\1\d{3})*)$/u;
/** Digits a whole number may have: far above any limit, far below where a double loses integers. */
const MAX_DIGITS = 12;

export function parseWhole(text: string): number | undefined {
	if (!WHOLE.test(text)) return undefined;
	const digits = text.replace(/\D/gu, '');
	return digits.length > MAX_DIGITS ? undefined : Number(digits);
}

/** Checks a raw value against its field's kind and limits; the usable value is the cleaned text (numbers as digits). */
export function checkField(id: FieldId, raw: string): FieldCheck {
	const spec: FieldSpec = CLAUSE_FIELDS[id];
	const value = cleanValue(raw);
	if (value === '') return { state: 'empty' };
	switch (spec.kind) {
		case 'text': {
			const length = characterCount(value);
			return length > spec.maxLength ? { state: 'invalid', problem: 'tooLong', length } : { state: 'ok', value };
		}
		case 'choice':
			return spec.options.includes(value) ? { state: 'ok', value } : { state: 'invalid', problem: 'notOption' };
		case 'duration':
		case 'amount': {
			const number = parseWhole(value);
			if (number === undefined) return { state: 'invalid', problem: 'notWhole' };
			return number < spec.min || number > spec.max ? { state: 'invalid', problem: 'outOfRange' } : { state: 'ok', value: String(number) };
		}
	}
}

/**
 * What the wording needs besides Intl to write a value, in one language: `blank.<fieldId>`, the blank an unfilled
 * field leaves ("[Client’s name and details]"), and `option.<fieldId>.<option>`, how it names a choice ("one").
 */
export type ValueWords = Readonly<Partial<Record<string, string>>>;

/** A field as the schedule writes it: its text, and whether that text is still the blank to fill in. */
export interface FieldText {
	readonly text: string;
	readonly blank: boolean;
}

const intl = (locale: Locale) => LOCALE_INFO[locale].intl;

/** A number of a unit of time in the locale's words, with its plural form ("1 year", "5 години"). */
export function formatDuration(value: number, unit: Extract<FieldSpec, { kind: 'duration' }>['unit'], locale: Locale): string {
	return new Intl.NumberFormat(intl(locale), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** A whole sum with the currency named in the locale's words ("10,000 euros", "10 000 евро"); grouped digits without one. */
export function formatAmount(value: number, currency: string | undefined, locale: Locale): string {
	const options: Intl.NumberFormatOptions = currency
		? { style: 'currency', currency, currencyDisplay: 'name', maximumFractionDigits: 0 }
		: { maximumFractionDigits: 0 };
	return new Intl.NumberFormat(intl(locale), options).format(value);
}

/**
 * A field's text in one language of the schedule: the checked value written out, or the field's blank when it is
 * empty or unusable. An amount names the deal's currency when that is filled in, and is followed by the currency's
 * blank when it is not ("10,000 [currency]").
 */
export function fieldText(id: FieldId, check: FieldCheck, currency: FieldCheck, locale: Locale, words: ValueWords): FieldText {
	const blank = (field: FieldId): string => words[`blank.${field}`] ?? `[${field}]`;
	if (check.state !== 'ok') return { text: blank(id), blank: true };
	const spec: FieldSpec = CLAUSE_FIELDS[id];
	switch (spec.kind) {
		case 'text':
			return { text: check.value, blank: false };
		case 'choice':
			return { text: words[`option.${id}.${check.value}`] ?? check.value, blank: false };
		case 'duration':
			return { text: formatDuration(Number(check.value), spec.unit, locale), blank: false };
		case 'amount':
			return currency.state === 'ok'
				? { text: formatAmount(Number(check.value), currency.value, locale), blank: false }
				: { text: `${formatAmount(Number(check.value), undefined, locale)} ${blank(CURRENCY)}`, blank: false };
	}
}
