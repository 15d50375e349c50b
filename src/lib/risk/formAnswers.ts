import { collectAnswers, isAnswerField, type RawAnswers } from './collectAnswers';
import type { Answers } from './factors';

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
