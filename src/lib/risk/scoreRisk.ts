import {
	ASSETS,
	inCanonicalOrder,
	RISK_DIMENSIONS,
	RISK_LEVELS,
	SAFEGUARDS,
	type Answers,
	type RiskDimension,
	type RiskLevel,
	type Safeguard,
} from './factors';
import { RISK_WEIGHTS } from './weights';

/** One number per risk dimension. */
export type DimensionScores = Record<RiskDimension, number>;

/** A missing safeguard worth adding, with what adding it alone would change. */
export interface Recommendation {
	readonly safeguard: Safeguard;
	/** Overall points removed by adding this safeguard alone; always > 0. */
	readonly reduction: number;
}

/** Scores of one set of answers. */
export interface RiskResult {
	/** Integer 0–100 per dimension. */
	readonly scores: DimensionScores;
	/** Integer 0–100. */
	readonly overall: number;
	readonly level: RiskLevel;
	/** Missing safeguards by reduction, largest first; ties keep SAFEGUARDS order. */
	readonly recommendations: Recommendation[];
}

/** Scores answers per the formula on the methodology page (calc.method.formula.*) and ranks the missing safeguards. */
export function scoreRisk(answers: Answers): RiskResult {
	const exposure = exposureOf(answers);
	const heldMask = maskOf(answers.safeguards);
	const unrounded = mitigated(exposure, heldMask);
	const overall = Math.round(overallOf(unrounded));

	const recommendations: Recommendation[] = [];
	SAFEGUARDS.forEach((safeguard, i) => {
		const bit = 1 << i;
		if ((heldMask & bit) !== 0) return;
		// Scored exactly like scoreRisk(answers + safeguard), so the reduction is exactly the difference of the two overalls.
		const withIt = mitigated(exposure, heldMask | bit);
		const reduction = overall - Math.round(overallOf(withIt));
		if (reduction > 0) recommendations.push({ safeguard, reduction });
	});
	// Array#sort is stable, so equal reductions stay in SAFEGUARDS order.
	recommendations.sort((a, b) => b.reduction - a.reduction);

	return {
		scores: perDimension((d) => Math.round(unrounded[d])),
		overall,
		level: levelFor(overall),
		recommendations,
	};
}

function exposureOf(answers: Answers): DimensionScores {
	const { scopeBase, locationModifier, orgModifier, assetStake } = RISK_WEIGHTS;
	// Canonical order drops duplicate assets, which must not count twice.
	const shared = inCanonicalOrder(ASSETS, answers.share);
	return perDimension((d) => {
		const points =
			scopeBase[answers.scope][d] +
			locationModifier[answers.location][d] +
			orgModifier[answers.org][d] +
			shared.reduce((sum, asset) => sum + assetStake[asset][d], 0);
		return Math.min(100, Math.max(0, points));
	});
}

/** A set of safeguards as a bitmask: bit i ⇔ SAFEGUARDS[i]; duplicates and order in the answers vanish. */
function maskOf(safeguards: readonly Safeguard[]): number {
	return SAFEGUARDS.reduce((mask, safeguard, i) => (safeguards.includes(safeguard) ? mask | (1 << i) : mask), 0);
}

/**
 * Π(1 − mitigation) per dimension for every subset of safeguards, indexed by mask.
 * Precomputed because recommendations rescore once per missing safeguard. Multiplying in canonical order
 * makes each product a single fixed float; as every factor is ≤ 1 and float multiplication is monotone,
 * a superset's product is never larger, so adding a safeguard can never raise a score, even after rounding.
 */
const RETAINED: readonly DimensionScores[] = Array.from({ length: 2 ** SAFEGUARDS.length }, (_, mask) =>
	perDimension((d) =>
		SAFEGUARDS.reduce(
			(product, safeguard, i) => (mask & (1 << i) ? product * (1 - RISK_WEIGHTS.mitigation[safeguard][d]) : product),
			1,
		),
	),
);

function mitigated(exposure: DimensionScores, heldMask: number): DimensionScores {
	const retained = RETAINED[heldMask];
	// Unreachable: a mask of SAFEGUARDS bits is always below RETAINED.length.
	if (!retained) throw new RangeError(`No safeguard combination ${heldMask}.`);
	return perDimension((d) => exposure[d] * retained[d]);
}

function overallOf(scores: DimensionScores): number {
	const { dimensionWeight, maxBlend } = RISK_WEIGHTS;
	const mean = RISK_DIMENSIONS.reduce((sum, d) => sum + dimensionWeight[d] * scores[d], 0);
	const worst = RISK_DIMENSIONS.reduce((max, d) => Math.max(max, scores[d]), 0);
	return (1 - maxBlend) * mean + maxBlend * worst;
}

function perDimension(score: (d: RiskDimension) => number): DimensionScores {
	return {
		ipMisuse: score('ipMisuse'),
		hiddenCosts: score('hiddenCosts'),
		unqualifiedPersonnel: score('unqualifiedPersonnel'),
		enforceability: score('enforceability'),
	};
}

/** The risk level of an overall score: the most severe level whose floor the score reaches. */
export function levelFor(overall: number): RiskLevel {
	// NaN and negative scores reach no floor but `low`'s; `?? 'low'` only satisfies the type checker.
	return RISK_LEVELS.findLast((level) => overall >= RISK_WEIGHTS.levelFloor[level]) ?? 'low';
}
