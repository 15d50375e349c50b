/**
 * Answers ⇄ the JSON string kept in localStorage, so a returning visitor finds their answers.
 * Decoding treats the stored string as untrusted (old versions, manual edits) and never throws.
 */
import { DEFAULT_ANSWERS, isListField, normaliseAnswers, type Answers } from './factors';
import { collectAnswers, isAnswerField, type CollectedAnswers, type RawAnswers } from './collectAnswers';

/** localStorage key; bump the version when the stored shape changes incompatibly. */
export const STORAGE_KEY = 'ip-risk-answers:v1';

/** Stored answers as decoded, with the values that were dropped. */
export interface DecodedAnswers extends CollectedAnswers {
	/** True when the string is not a JSON object at all, so nothing could be kept. */
	readonly corrupt: boolean;
}

/** The JSON to store for answers, with lists in canonical order. */
export function encodeStored(answers: Answers): string {
	const { scope, location, org, share, safeguards } = normaliseAnswers(answers);
	return JSON.stringify({ scope, location, org, share, safeguards });
}

/** Answers from a stored string (`null` when nothing is stored); invalid fields fall back per field. */
export function decodeStored(raw: string | null): DecodedAnswers {
	if (raw === null) return { answers: DEFAULT_ANSWERS, ignored: [], corrupt: false };
	const stored = parseJson(raw);
	if (!isPlainObject(stored)) return { answers: DEFAULT_ANSWERS, ignored: [], corrupt: true };

	const fields: RawAnswers = {};
	const unknownKeys: string[] = [];
	for (const [key, value] of Object.entries(stored)) {
		if (!isAnswerField(key)) {
			unknownKeys.push(key);
			continue;
		}
		// A lone value in a list field counts as a one-item list; anything else is reported by collectAnswers.
		const values: unknown[] = isListField(key) && Array.isArray(value) ? value : [value];
		fields[key] = values.map(asText);
	}
	return { ...collectAnswers(fields, unknownKeys), corrupt: false };
}

function parseJson(raw: string): unknown {
	try {
		return JSON.parse(raw);
	} catch {
		return undefined;
	}
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A stored value as text. Non-strings become a short description ('5', 'null', '[…]', '{…}') that matches no id,
 * so collectAnswers reports them like any other invalid value; no JSON.stringify, which could throw on deep nesting.
 */
function asText(value: unknown): string {
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return '[…]';
	if (typeof value === 'object' && value !== null) return '{…}';
	return String(value);
}
