/**
 * Which clauses a deal needs, from the risk calculator's answers: a clause is recommended when its data says every
 * deal needs it (`recommend.always`), when one of its `recommend.when` rules matches the answers, or when the
 * safeguard it puts in place (or one it supports) is held or recommended by the risk model. Each recommended clause
 * gets its reasons, most specific first: the page shows the first.
 */
import type { Answers, Asset, Location, Org, Safeguard, Scope } from '@/lib/risk/factors';
import { scoreRisk, type RiskResult } from '@/lib/risk/scoreRisk';

/** One `recommend.when` rule of a clause (src/schemas/clause.ts), without its reason's text. */
export interface WhenRule {
	readonly scope?: readonly Scope[] | undefined;
	readonly location?: readonly Location[] | undefined;
	readonly org?: readonly Org[] | undefined;
	readonly share?: readonly Asset[] | undefined;
}

/** What the matching needs of a clause: its id, its rules and its safeguards (the one it puts in place first). */
export interface ClauseRule {
	readonly id: string;
	readonly always: boolean;
	readonly when: readonly WhenRule[];
	readonly safeguards: readonly Safeguard[];
}

/** Why a clause is recommended: the clause's own rules (`when` by index), or a safeguard the risk model names. */
export type Reason =
	| { readonly kind: 'when'; readonly index: number }
	| { readonly kind: 'missing'; readonly safeguard: Safeguard }
	| { readonly kind: 'held'; readonly safeguard: Safeguard }
	| { readonly kind: 'always' };

/** A reason as a short stable string: the page marks each prerendered reason with it (`data-reason`). */
export function reasonKey(reason: Reason): string {
	switch (reason.kind) {
		case 'when':
			return `when-${reason.index}`;
		case 'missing':
		case 'held':
			return `${reason.kind}-${reason.safeguard}`;
		case 'always':
			return 'always';
	}
}

/** Whether a rule matches: each answer it names is one of its values (shared assets: at least one of them). */
export function matchesWhen(rule: WhenRule, answers: Answers): boolean {
	return (
		(!rule.scope || rule.scope.includes(answers.scope)) &&
		(!rule.location || rule.location.includes(answers.location)) &&
		(!rule.org || rule.org.includes(answers.org)) &&
		(!rule.share || rule.share.some((asset) => answers.share.includes(asset)))
	);
}

/**
 * Every reason to recommend a clause for these answers, most specific first: its matching rules, then the safeguards
 * the risk model recommends adding, then those already held (the clause writes them down), then "every deal".
 * Empty when the clause is not recommended.
 */
export function clauseReasons(rule: ClauseRule, answers: Answers, result: RiskResult): Reason[] {
	const missing = new Set(result.recommendations.map((r) => r.safeguard));
	return [
		...rule.when.flatMap((when, index): Reason[] => (matchesWhen(when, answers) ? [{ kind: 'when', index }] : [])),
		...rule.safeguards.flatMap((safeguard): Reason[] => (missing.has(safeguard) ? [{ kind: 'missing', safeguard }] : [])),
		...rule.safeguards.flatMap((safeguard): Reason[] => (answers.safeguards.includes(safeguard) ? [{ kind: 'held', safeguard }] : [])),
		...(rule.always ? [{ kind: 'always' } as const] : []),
	];
}

/** Each recommended clause's reasons, in the order of `rules` (library order); clauses not recommended are left out. */
export function recommendClauses(rules: readonly ClauseRule[], answers: Answers, result: RiskResult = scoreRisk(answers)): Map<string, Reason[]> {
	const recommended = new Map<string, Reason[]>();
	for (const rule of rules) {
		const reasons = clauseReasons(rule, answers, result);
		if (reasons.length > 0) recommended.set(rule.id, reasons);
	}
	return recommended;
}

/** The ids of the clauses recommended for these answers, in library order. */
export function recommendedIds(rules: readonly ClauseRule[], answers: Answers): string[] {
	return [...recommendClauses(rules, answers).keys()];
}
