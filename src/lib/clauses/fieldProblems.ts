// What a deal field accepts and why a value cannot be used, in the translator's language: the form's hints (at build
// time) and its messages (in the browser, loaded when a value first needs one).
import type { Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/translator';
import { formatAmount, formatDuration, type FieldCheck } from './fieldValues';
import { CLAUSE_FIELDS, type FieldId, type FieldSpec } from './fields';

/** A limit of a numeric field as the reader reads it: "30 years" for a duration, "1,000,000,000" for a sum. */
function limitValue(spec: Extract<FieldSpec, { kind: 'duration' | 'amount' }>, value: number, locale: Locale): string {
	return spec.kind === 'duration' ? formatDuration(value, spec.unit, locale) : formatAmount(value, undefined, locale);
}

/** What a field accepts, for its hint ("Up to 160 characters.", "From 1 year to 30 years."); '' for a choice. */
export function limitText(id: FieldId, locale: Locale, t: Translate): string {
	const spec: FieldSpec = CLAUSE_FIELDS[id];
	switch (spec.kind) {
		case 'text':
			return t('builder.limit.text', { max: spec.maxLength });
		case 'choice':
			return '';
		case 'duration':
		case 'amount':
			return t('builder.limit.range', { min: limitValue(spec, spec.min, locale), max: limitValue(spec, spec.max, locale) });
	}
}

/** Why a value cannot be used, in the translator's language; '' when it can (or the field is empty). */
export function problemText(id: FieldId, check: FieldCheck, locale: Locale, t: Translate): string {
	if (check.state !== 'invalid') return '';
	const spec: FieldSpec = CLAUSE_FIELDS[id];
	switch (check.problem) {
		case 'tooLong':
			return t('builder.problem.tooLong', { count: check.length ?? 0, max: spec.kind === 'text' ? spec.maxLength : 0 });
		case 'notOption':
			return t('builder.problem.notOption');
		case 'notWhole':
		case 'outOfRange': {
			if (spec.kind !== 'duration' && spec.kind !== 'amount') return t('builder.problem.notOption');
			if (check.problem === 'outOfRange') return t('builder.problem.outOfRange', { min: limitValue(spec, spec.min, locale), max: limitValue(spec, spec.max, locale) });
			// An example the reader can copy: a plausible value within the limits, grouped as the locale groups it.
			const example = spec.kind === 'amount' ? Math.min(spec.max, Math.max(spec.min, 10_000)) : Math.min(spec.max, Math.max(spec.min, 12));
			return t('builder.problem.notWhole', { example: formatAmount(example, undefined, locale) });
		}
	}
}
