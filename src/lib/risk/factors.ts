/**
 * The stable ids of every answer and result in the risk model.
 * They double as URL parameter values and i18n keys, so never rename one.
 * Array order is the canonical order (serialisation, tie-breaks, display).
 */

/** Outsourced service scopes. */
export const SCOPES = ['bpo', 'ito', 'kpo', 'lpo'] as const;
/** Where the partner works relative to the client. */
export const LOCATIONS = ['onshore', 'nearshore', 'offshore'] as const;
/** Kinds of client organisation. */
export const ORGS = ['startup', 'rnd', 'sme', 'large', 'public'] as const;
/** Assets the client may share with the partner. */
export const ASSETS = ['source-code', 'customer-data', 'algorithms', 'know-how', 'licensed-software'] as const;
/** Contractual (first four) and operational safeguards. */
export const SAFEGUARDS = [
	'nda',
	'ip-clause',
	'assignment',
	'non-compete',
	'audit',
	'oversight',
	'timesheets',
	'licence-check',
	'access-control',
] as const;
/** Risk dimensions scored separately; `enforceability` is cross-border enforceability risk. */
export const RISK_DIMENSIONS = ['ipMisuse', 'hiddenCosts', 'unqualifiedPersonnel', 'enforceability'] as const;
/** Risk levels from least to most severe. */
export const RISK_LEVELS = ['low', 'moderate', 'high', 'critical'] as const;

/** The distinct items of a list, in the canonical order of `ids`; the one normal form for stored and shared lists. */
export function inCanonicalOrder<T>(ids: readonly T[], items: readonly T[]): T[] {
	return ids.filter((id) => items.includes(id));
}

/** A service scope id. */
export type Scope = (typeof SCOPES)[number];
/** A location id. */
export type Location = (typeof LOCATIONS)[number];
/** An organisation id. */
export type Org = (typeof ORGS)[number];
/** A shared-asset id. */
export type Asset = (typeof ASSETS)[number];
/** A safeguard id. */
export type Safeguard = (typeof SAFEGUARDS)[number];
/** A risk dimension id. */
export type RiskDimension = (typeof RISK_DIMENSIONS)[number];
/** A risk level id. */
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Everything the calculator asks. */
export interface Answers {
	readonly scope: Scope;
	readonly location: Location;
	readonly org: Org;
	readonly share: readonly Asset[];
	readonly safeguards: readonly Safeguard[];
}

/** Names of the answer fields (also the URL parameter names and stored JSON keys). */
export type AnswerField = keyof Answers;

/** The answer fields in canonical order. */
export const ANSWER_FIELDS = [
	'scope',
	'location',
	'org',
	'share',
	'safeguards',
] as const satisfies readonly AnswerField[];

/** The fields that hold a list (checkboxes; comma-joined in links, arrays when stored). */
export const LIST_FIELDS = ['share', 'safeguards'] as const satisfies readonly AnswerField[];

/** Whether a field holds a list rather than one choice. */
export function isListField(field: AnswerField): field is (typeof LIST_FIELDS)[number] {
	return (LIST_FIELDS as readonly AnswerField[]).includes(field);
}

/** The one normal form of answers, for links and storage alike: each list's distinct items in canonical order. */
export function normaliseAnswers(answers: Answers): Answers {
	return { ...answers, share: inCanonicalOrder(ASSETS, answers.share), safeguards: inCanonicalOrder(SAFEGUARDS, answers.safeguards) };
}

/**
 * Answers before the user chooses anything, and the per-field fallback for invalid input.
 * Frozen because parsers hand out these very arrays.
 */
export const DEFAULT_ANSWERS: Answers = Object.freeze({
	scope: 'bpo',
	location: 'onshore',
	org: 'sme',
	share: Object.freeze([]),
	safeguards: Object.freeze([]),
});
