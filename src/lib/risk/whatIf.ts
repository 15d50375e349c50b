/**
 * What-if answers: for each choice a reader can still make (where the provider works, what kind of work goes out,
 * which assets are handed over), the overall score with that one answer changed and everything else kept, scored by
 * the same model as the result itself.
 */
import { ASSETS, LOCATIONS, SCOPES, type Answers, type Asset, type Location, type Scope } from './factors';
import { scoreRisk, type RiskResult } from './scoreRisk';
import { serializeAnswers } from './shareUrl';

/** One alternative: the changed answers, their result and the change of the overall score (negative is better). */
export type WhatIf =
	| { readonly field: 'location'; readonly value: Location; readonly answers: Answers; readonly result: RiskResult; readonly delta: number }
	| { readonly field: 'scope'; readonly value: Scope; readonly answers: Answers; readonly result: RiskResult; readonly delta: number }
	| { readonly field: 'share'; readonly value: Asset; readonly answers: Answers; readonly result: RiskResult; readonly delta: number };

/** The fields a what-if can change, in the order the page shows them. */
export const WHAT_IF_FIELDS = ['location', 'scope', 'share'] as const;

/**
 * Every alternative to `answers`: each other location, each other scope, and keeping each shared asset in-house.
 * `current` is `scoreRisk(answers)`, passed in when the caller already has it. Canonical order within each field.
 */
export function whatIfs(answers: Answers, current: RiskResult = scoreRisk(answers)): WhatIf[] {
	const score = (changed: Answers) => {
		const result = scoreRisk(changed);
		return { answers: changed, result, delta: result.overall - current.overall };
	};
	return [
		...LOCATIONS.filter((location) => location !== answers.location).map(
			(value): WhatIf => ({ field: 'location', value, ...score({ ...answers, location: value }) }),
		),
		...SCOPES.filter((scope) => scope !== answers.scope).map(
			(value): WhatIf => ({ field: 'scope', value, ...score({ ...answers, scope: value }) }),
		),
		...ASSETS.filter((asset) => answers.share.includes(asset)).map(
			(value): WhatIf => ({ field: 'share', value, ...score({ ...answers, share: answers.share.filter((a) => a !== value) }) }),
		),
	];
}

/** The compare page's query string (without `?`) for scenarios `a` and `b`; the page reads it with parseCompare (compare.ts). */
export function compareQuery(a: Answers, b: Answers): string {
	return new URLSearchParams({ a: serializeAnswers(a), b: serializeAnswers(b) }).toString();
}
