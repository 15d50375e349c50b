/**
 * Shared validation for every untrusted source of answers (URL, localStorage):
 * each field falls back to its default on its own, and whatever is dropped is reported.
 */
import type { Translate } from '@/lib/i18n/translator';
import {
	ANSWER_FIELDS,
	ASSETS,
	DEFAULT_ANSWERS,
	inCanonicalOrder,
	LOCATIONS,
	ORGS,
	SAFEGUARDS,
	SCOPES,
	type AnswerField,
	type Answers,
} from './factors';

/** An input value that was dropped, so the UI can tell the user what it ignored. */
export interface Ignored {
	readonly field: AnswerField | 'unknown';
	readonly value: string;
}

/** Longest reported value, so a hostile input cannot flood the UI. */
export const MAX_IGNORED_VALUE_LENGTH = 40;

/** A short notice about what loading dropped, as plain text (the caller renders it with textContent). */
export interface LoadNotice {
	readonly message: string;
	/** One line per ignored value: field name and the value as given. */
	readonly items: string[];
}

/**
 * Most ignored values a notice lists; the rest are counted ("…and 990 more"), so a hostile link cannot flood the page.
 * (Each value is already cut to MAX_IGNORED_VALUE_LENGTH characters by collectAnswers.)
 */
export const MAX_NOTICE_ITEMS = 10;

/** The first MAX_NOTICE_ITEMS of `list` as text, and a line counting the rest ("…and 990 more"). */
export function capNoticeItems<T>(list: readonly T[], t: Translate, format: (item: T) => string): string[] {
	const rest = list.length - MAX_NOTICE_ITEMS;
	return [...list.slice(0, MAX_NOTICE_ITEMS).map(format), ...(rest > 0 ? [t('calc.notice.more', { count: rest })] : [])];
}

/** Unvalidated strings per field; an absent field means "not given" and yields its default silently. */
export type RawAnswers = { -readonly [F in AnswerField]?: string[] };

/** Whether a (trimmed, lower-cased) name is one of the answer fields. */
export function isAnswerField(name: string): name is AnswerField {
	return (ANSWER_FIELDS as readonly string[]).includes(name);
}

/** Validated answers and what was dropped on the way. */
export interface CollectedAnswers {
	readonly answers: Answers;
	/** In form order (scope … safeguards), then unknown names; each entry once. */
	readonly ignored: Ignored[];
}

/** The ids each answer field accepts. */
const FIELD_IDS: { readonly [F in AnswerField]: readonly string[] } = { scope: SCOPES, location: LOCATIONS, org: ORGS, share: ASSETS, safeguards: SAFEGUARDS };

/** Whether any raw value is an answer the calculator knows; a link without one does not replace the reader's answers. */
export function recognisesAnyAnswer(raw: RawAnswers): boolean {
	return ANSWER_FIELDS.some((field) => trimmedValues(raw[field]).some((value) => matchId(FIELD_IDS[field], value) !== undefined));
}

/** Validates raw strings into Answers, reporting invalid values and the given unknown field names. */
export function collectAnswers(raw: RawAnswers, unknownNames: readonly string[]): CollectedAnswers {
	const ignored = new IgnoredList();
	const answers: Answers = {
		scope: pickOne('scope', SCOPES, raw.scope, ignored) ?? DEFAULT_ANSWERS.scope,
		location: pickOne('location', LOCATIONS, raw.location, ignored) ?? DEFAULT_ANSWERS.location,
		org: pickOne('org', ORGS, raw.org, ignored) ?? DEFAULT_ANSWERS.org,
		share: pickMany('share', ASSETS, raw.share, ignored) ?? DEFAULT_ANSWERS.share,
		safeguards: pickMany('safeguards', SAFEGUARDS, raw.safeguards, ignored) ?? DEFAULT_ANSWERS.safeguards,
	};
	for (const name of unknownNames) ignored.add('unknown', name);
	return { answers, ignored: ignored.items };
}

/** An append-only list of ignored values, each kept once and capped in length. */
class IgnoredList {
	readonly items: Ignored[] = [];
	readonly #seen = new Set<string>();

	add(field: Ignored['field'], value: string): void {
		const capped = capLength(value);
		const key = `${field}\n${capped}`;
		if (this.#seen.has(key)) return;
		this.#seen.add(key);
		this.items.push({ field, value: capped });
	}
}

/** The first valid id; other values are reported unless they repeat the chosen id. */
function pickOne<T extends string>(
	field: AnswerField,
	ids: readonly T[],
	values: readonly string[] | undefined,
	ignored: IgnoredList,
): T | undefined {
	let chosen: T | undefined;
	for (const value of trimmedValues(values)) {
		const id = matchId(ids, value);
		if (id === undefined || (chosen !== undefined && id !== chosen)) ignored.add(field, value);
		else chosen = id;
	}
	return chosen;
}

/** The valid ids in canonical order without duplicates; invalid items are reported. */
function pickMany<T extends string>(
	field: AnswerField,
	ids: readonly T[],
	values: readonly string[] | undefined,
	ignored: IgnoredList,
): T[] | undefined {
	if (values === undefined) return undefined;
	const kept: T[] = [];
	for (const value of trimmedValues(values)) {
		const id = matchId(ids, value);
		if (id === undefined) ignored.add(field, value);
		else kept.push(id);
	}
	return inCanonicalOrder(ids, kept);
}

// Empty values (`?scope=`, `share=a,,b`) carry no intent, so they are skipped rather than reported.
function trimmedValues(values: readonly string[] | undefined): string[] {
	return (values ?? []).map((value) => value.trim()).filter((value) => value !== '');
}

function matchId<T extends string>(ids: readonly T[], value: string): T | undefined {
	const wanted = value.toLowerCase();
	return ids.find((id) => id === wanted);
}

function capLength(value: string): string {
	const capped = value.slice(0, MAX_IGNORED_VALUE_LENGTH);
	// Cutting between the halves of a surrogate pair would leave a lone surrogate that renders as �.
	return /[\uD800-\uDBFF]$/.test(capped) ? capped.slice(0, -1) : capped;
}

/**
 * Answers from the calculator's ticked inputs as `[name, value]` entries (or `new FormData(form)`): radios give one
 * value, checkboxes one entry each. Validated like any other input, so a tampered page can only ever yield known ids.
 */
export function answersFromForm(entries: Iterable<readonly [string, unknown]>): Answers {
	const raw: RawAnswers = {};
	for (const [name, value] of entries) {
		if (isAnswerField(name) && typeof value === 'string') (raw[name] ??= []).push(value);
	}
	return collectAnswers(raw, []).answers;
}
