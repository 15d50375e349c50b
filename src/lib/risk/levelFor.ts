import { RISK_LEVELS, type RiskLevel } from './factors';
import { RISK_WEIGHTS } from './weights';

/** The risk level of an overall score: the most severe level whose floor the score reaches. */
export function levelFor(overall: number): RiskLevel {
	// NaN and negative scores reach no floor but `low`'s; `?? 'low'` only satisfies the type checker.
	return RISK_LEVELS.findLast((level) => overall >= RISK_WEIGHTS.levelFloor[level]) ?? 'low';
}
