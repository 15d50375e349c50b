/**
 * The dictionary key of every id's label, hint and explanation: `prefix.id`, plus a suffix for hints. The keys are
 * template-literal types, and `satisfies Keys<…>` makes the type checker prove that each one is in the dictionaries,
 * so a new id without its strings fails `astro check`. The unused-strings test counts these keys as used.
 */
import type { UiKey } from '@/lib/i18n/ui/en';
import {
	ANSWER_FIELDS,
	ASSETS,
	LOCATIONS,
	ORGS,
	RISK_DIMENSIONS,
	RISK_LEVELS,
	SAFEGUARDS,
	SCOPES,
	type AnswerField,
	type Asset,
	type Location,
	type Org,
	type RiskDimension,
	type RiskLevel,
	type Safeguard,
	type Scope,
} from './factors';

export type Keys<Id extends string> = Readonly<Record<Id, UiKey>>;

/** The result's type comes from the arguments only (`NoInfer`), never from the `satisfies` that checks it. */
type KeysOf<Id extends string, Prefix extends string, Suffix extends string> = {
	readonly [K in NoInfer<Id>]: `${NoInfer<Prefix>}.${K}${NoInfer<Suffix>}`;
};

/** `{ [id]: `${prefix}.${id}${suffix}` }` for every id, typed key by key. Free of side effects, so bundles drop unused tables. */
/* @__NO_SIDE_EFFECTS__ */
export function keysFor<const Id extends string, const Prefix extends string, const Suffix extends string = ''>(
	ids: readonly Id[],
	prefix: Prefix,
	suffix?: Suffix,
): KeysOf<Id, Prefix, Suffix> {
	return Object.fromEntries(ids.map((id) => [id, `${prefix}.${id}${suffix ?? ''}`])) as KeysOf<Id, Prefix, Suffix>;
}

export const SCOPE_LABEL = keysFor(SCOPES, 'calc.scope') satisfies Keys<Scope>;
export const SCOPE_HINT = keysFor(SCOPES, 'calc.scope', '.hint') satisfies Keys<Scope>;
export const LOCATION_LABEL = keysFor(LOCATIONS, 'calc.location') satisfies Keys<Location>;
export const LOCATION_HINT = keysFor(LOCATIONS, 'calc.location', '.hint') satisfies Keys<Location>;
export const ORG_LABEL = keysFor(ORGS, 'calc.org') satisfies Keys<Org>;
export const ORG_HINT = keysFor(ORGS, 'calc.org', '.hint') satisfies Keys<Org>;
export const ASSET_LABEL = keysFor(ASSETS, 'calc.asset') satisfies Keys<Asset>;
export const ASSET_HINT = keysFor(ASSETS, 'calc.asset', '.hint') satisfies Keys<Asset>;
export const SAFEGUARD_LABEL = keysFor(SAFEGUARDS, 'calc.safeguard') satisfies Keys<Safeguard>;
export const SAFEGUARD_HINT = keysFor(SAFEGUARDS, 'calc.safeguard', '.hint') satisfies Keys<Safeguard>;
/** Why a missing safeguard matters, in one line (shown with each recommendation). */
export const SAFEGUARD_WHY = keysFor(SAFEGUARDS, 'calc.why') satisfies Keys<Safeguard>;
export const DIMENSION_LABEL = keysFor(RISK_DIMENSIONS, 'calc.dim') satisfies Keys<RiskDimension>;
export const LEVEL_LABEL = keysFor(RISK_LEVELS, 'calc.level') satisfies Keys<RiskLevel>;
/** What a level means, in one plain sentence (the start of the explanation). */
export const LEVEL_EXPLANATION = keysFor(RISK_LEVELS, 'calc.explain') satisfies Keys<RiskLevel>;
/** The question each answer field asks (form legends). */
export const FIELD_QUESTION = keysFor(ANSWER_FIELDS, 'calc.q') satisfies Keys<AnswerField>;
/** Short names of the answer fields (notices, summaries); `unknown` names a parameter that is no field. */
export const FIELD_NAME = keysFor([...ANSWER_FIELDS, 'unknown'], 'calc.field') satisfies Keys<AnswerField | 'unknown'>;

/**
 * Each step of the scoring formula on the methodology page: a plain-language description and the formula itself,
 * both translated; the formulas name the RISK_WEIGHTS tables by their keys, which the tables show in their captions.
 */
export const FORMULA_STEPS = [
	{ text: 'calc.method.step.exposure', formula: 'calc.method.formula.exposure' },
	{ text: 'calc.method.step.dimensionScore', formula: 'calc.method.formula.dimensionScore' },
	{ text: 'calc.method.step.overall', formula: 'calc.method.formula.overall' },
	{ text: 'calc.method.step.level', formula: 'calc.method.formula.level' },
	{ text: 'calc.method.step.reduction', formula: 'calc.method.formula.reduction' },
] as const satisfies readonly { text: UiKey; formula: UiKey }[];
