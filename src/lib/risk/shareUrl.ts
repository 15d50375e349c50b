/**
 * Answers ⇄ URL query string, so a result can be shared as a link.
 * Parsing is lenient (case, whitespace, duplicates) and reports what it drops; it never throws.
 */
import { isCampaignParam, normaliseParamName, pickUtmParams } from '@/lib/cta/pickUtmParams';
import { isListField, normaliseAnswers, type Answers } from './factors';
import { collectAnswers, isAnswerField, recognisesAnyAnswer, type CollectedAnswers, type RawAnswers } from './collectAnswers';

/** The query string (without `?`) for answers; lists are comma-joined in canonical order and omitted when empty. */
export function serializeAnswers(answers: Answers): string {
	const { share, safeguards } = normaliseAnswers(answers);
	const params = [`scope=${answers.scope}`, `location=${answers.location}`, `org=${answers.org}`];
	// Ids are [a-z-] only, so nothing needs escaping and commas stay readable instead of becoming %2C.
	if (share.length > 0) params.push(`share=${share.join(',')}`);
	if (safeguards.length > 0) params.push(`safeguards=${safeguards.join(',')}`);
	return params.join('&');
}

/** A query string's answer values by field, and the names of parameters that are neither answers nor campaign tags. */
function readQuery(input: string | URLSearchParams): { raw: RawAnswers; unknownNames: string[] } {
	const raw: RawAnswers = {};
	const unknownNames: string[] = [];
	for (const [name, value] of new URLSearchParams(input)) {
		const field = normaliseParamName(name);
		if (isAnswerField(field)) {
			const values = isListField(field) ? value.split(',') : [value];
			const collected = (raw[field] ??= []);
			// A loop, not push(...values): spreading a huge hostile list would overflow the call stack.
			for (const item of values) collected.push(item);
		} else if (field !== '' && !isCampaignParam(field)) {
			// Campaign tags and click ids are expected on shared links, and empty names (`&&`, `=`) carry nothing, so
			// none of them is reported.
			unknownNames.push(name.trim());
		}
	}
	return { raw, unknownNames };
}

/** Answers from a query string (with or without `?`) or URLSearchParams; invalid values fall back per field. */
export function parseAnswers(input: string | URLSearchParams): CollectedAnswers {
	const { raw, unknownNames } = readQuery(input);
	return collectAnswers(raw, unknownNames);
}

/** Whether the input carries any answer parameter, valid or not. */
export function hasAnswerParams(input: string | URLSearchParams): boolean {
	return [...new URLSearchParams(input).keys()].some((name) => isAnswerField(normaliseParamName(name)));
}

/** Whether the input sets at least one answer to a value the calculator recognises: only then does it replace saved answers. */
export function setsAnyAnswer(input: string | URLSearchParams): boolean {
	return recognisesAnyAnswer(readQuery(input).raw);
}

/**
 * The query string to leave in the address bar once a link's answers are loaded: only the standard campaign
 * parameters stay, so a reload shows the saved answers (with the reader's later changes) and attribution survives.
 */
export function queryAfterLoad(search: string): string {
	const query = new URLSearchParams(pickUtmParams(search)).toString();
	return query === '' ? '' : `?${query}`;
}
