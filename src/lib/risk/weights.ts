/**
 * The single table of every number in the risk model, kept as plain serialisable data
 * so the methodology page can render it next to the formula (`calc.method.formula.*` in the dictionaries).
 * Exposure points are on a 0–100 scale and are added; mitigations are fractions that multiply.
 * All exposure points are non-negative, which is what makes the model monotone.
 */
import type { Asset, Location, Org, RiskDimension, RiskLevel, Safeguard, Scope } from './factors';

/** One number per risk dimension. */
export type PerDimension = Readonly<Record<RiskDimension, number>>;

/** Shape of RISK_WEIGHTS; `satisfies` it so a missing id is a compile error. */
export interface RiskWeights {
	/** Exposure points each service scope starts with. */
	readonly scopeBase: Readonly<Record<Scope, PerDimension>>;
	/** Exposure points added by the partner's location. */
	readonly locationModifier: Readonly<Record<Location, PerDimension>>;
	/** Exposure points added by the client's kind of organisation. */
	readonly orgModifier: Readonly<Record<Org, PerDimension>>;
	/** Exposure points added by each shared asset. */
	readonly assetStake: Readonly<Record<Asset, PerDimension>>;
	/** Fraction of a dimension's exposure each safeguard removes, in [0, 1). */
	readonly mitigation: Readonly<Record<Safeguard, PerDimension>>;
	/** Weights of the dimensions in the overall weighted mean; they sum to 1. */
	readonly dimensionWeight: PerDimension;
	/** Share of the overall score taken from the worst dimension instead of the mean, in [0, 1]. */
	readonly maxBlend: number;
	/** Lowest overall score of each level. */
	readonly levelFloor: Readonly<Record<RiskLevel, number>>;
}

/** Every weight of the model. */
export const RISK_WEIGHTS = {
	scopeBase: {
		// BPO (administration, accounting): most exposed to hidden costs and inflated hours.
		bpo: { ipMisuse: 12, hiddenCosts: 34, unqualifiedPersonnel: 18, enforceability: 6 },
		// ITO (software development): the scope most exposed to IP misuse.
		ito: { ipMisuse: 28, hiddenCosts: 26, unqualifiedPersonnel: 26, enforceability: 12 },
		// KPO (analytical and legal services): most exposed to unqualified personnel.
		kpo: { ipMisuse: 20, hiddenCosts: 22, unqualifiedPersonnel: 34, enforceability: 8 },
		lpo: { ipMisuse: 18, hiddenCosts: 24, unqualifiedPersonnel: 30, enforceability: 6 },
	},
	locationModifier: {
		// Same legal system, so enforcement is easiest; staff leaving for competitors is the residual IP risk.
		onshore: { ipMisuse: 6, hiddenCosts: 0, unqualifiedPersonnel: 0, enforceability: 0 },
		// Cross-border enforcement challenges, and subcontractors the client never vetted.
		nearshore: { ipMisuse: 12, hiddenCosts: 4, unqualifiedPersonnel: 6, enforceability: 30 },
		// Weakest IP protection: in some countries enforcement is practically impossible.
		offshore: { ipMisuse: 18, hiddenCosts: 8, unqualifiedPersonnel: 10, enforceability: 54 },
	},
	orgModifier: {
		// Technology startups and R&D companies: their value is their IP, so most at risk of misuse.
		startup: { ipMisuse: 12, hiddenCosts: 10, unqualifiedPersonnel: 6, enforceability: 8 },
		rnd: { ipMisuse: 12, hiddenCosts: 6, unqualifiedPersonnel: 6, enforceability: 6 },
		// SMEs with limited legal resources: most exposed to hidden costs, least able to litigate.
		sme: { ipMisuse: 6, hiddenCosts: 16, unqualifiedPersonnel: 6, enforceability: 8 },
		// Large corporations that do not monitor teams daily: most exposed to unqualified personnel.
		large: { ipMisuse: 4, hiddenCosts: 4, unqualifiedPersonnel: 16, enforceability: 2 },
		public: { ipMisuse: 2, hiddenCosts: 8, unqualifiedPersonnel: 10, enforceability: 2 },
	},
	assetStake: {
		// Copying source code is the typical IP misuse.
		'source-code': { ipMisuse: 12, hiddenCosts: 0, unqualifiedPersonnel: 0, enforceability: 6 },
		// Customer databases get exported to competitors.
		'customer-data': { ipMisuse: 10, hiddenCosts: 0, unqualifiedPersonnel: 0, enforceability: 4 },
		// Patented algorithms get exported to competitors; cross-border patent cases are hard.
		algorithms: { ipMisuse: 10, hiddenCosts: 0, unqualifiedPersonnel: 0, enforceability: 8 },
		// Copied business methods are hard to prove, hence the enforceability stake.
		'know-how': { ipMisuse: 6, hiddenCosts: 0, unqualifiedPersonnel: 0, enforceability: 6 },
		// Using licensed software without rights also brings licence penalties (hidden costs).
		'licensed-software': { ipMisuse: 4, hiddenCosts: 4, unqualifiedPersonnel: 0, enforceability: 2 },
	},
	mitigation: {
		// Contractual safeguards deter misuse and make it actionable; they lower enforceability risk only
		// modestly because a contract cannot fix enforcement where courts do not enforce it.
		nda: { ipMisuse: 0.25, hiddenCosts: 0, unqualifiedPersonnel: 0, enforceability: 0.1 },
		'ip-clause': { ipMisuse: 0.15, hiddenCosts: 0, unqualifiedPersonnel: 0, enforceability: 0.2 },
		assignment: { ipMisuse: 0.1, hiddenCosts: 0, unqualifiedPersonnel: 0, enforceability: 0.15 },
		'non-compete': { ipMisuse: 0.15, hiddenCosts: 0, unqualifiedPersonnel: 0, enforceability: 0.05 },
		// Operational safeguards act on what the partner actually does.
		audit: { ipMisuse: 0.1, hiddenCosts: 0.15, unqualifiedPersonnel: 0.35, enforceability: 0.1 },
		oversight: { ipMisuse: 0.1, hiddenCosts: 0.25, unqualifiedPersonnel: 0.3, enforceability: 0 },
		timesheets: { ipMisuse: 0, hiddenCosts: 0.45, unqualifiedPersonnel: 0, enforceability: 0 },
		'licence-check': { ipMisuse: 0.1, hiddenCosts: 0.05, unqualifiedPersonnel: 0, enforceability: 0 },
		'access-control': { ipMisuse: 0.3, hiddenCosts: 0, unqualifiedPersonnel: 0, enforceability: 0 },
	},
	// IP misuse is what the site is about, so it counts double.
	dimensionWeight: { ipMisuse: 0.4, hiddenCosts: 0.2, unqualifiedPersonnel: 0.2, enforceability: 0.2 },
	// A pure mean would hide one critical dimension behind three mild ones.
	maxBlend: 0.3,
	levelFloor: { low: 0, moderate: 25, high: 50, critical: 75 },
} as const satisfies RiskWeights;
