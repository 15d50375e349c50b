/**
 * The dictionary key of every id's label, hint and explanation. Literal keys (not `calc.${id}`) so the type
 * checker proves each exists and the unused-strings test can find them; `satisfies` makes a missing id an error.
 * Type-only import: the dictionaries themselves never reach the browser through this module.
 */
import type { UiKey } from '@/lib/i18n/ui/en';
import type {
	AnswerField,
	Asset,
	Location,
	Org,
	RiskDimension,
	RiskLevel,
	Safeguard,
	Scope,
} from './factors';

type Keys<Id extends string> = Readonly<Record<Id, UiKey>>;

export const SCOPE_LABEL = {
	bpo: 'calc.scope.bpo',
	ito: 'calc.scope.ito',
	kpo: 'calc.scope.kpo',
	lpo: 'calc.scope.lpo',
} as const satisfies Keys<Scope>;

export const SCOPE_HINT = {
	bpo: 'calc.scope.bpo.hint',
	ito: 'calc.scope.ito.hint',
	kpo: 'calc.scope.kpo.hint',
	lpo: 'calc.scope.lpo.hint',
} as const satisfies Keys<Scope>;

export const LOCATION_LABEL = {
	onshore: 'calc.location.onshore',
	nearshore: 'calc.location.nearshore',
	offshore: 'calc.location.offshore',
} as const satisfies Keys<Location>;

export const LOCATION_HINT = {
	onshore: 'calc.location.onshore.hint',
	nearshore: 'calc.location.nearshore.hint',
	offshore: 'calc.location.offshore.hint',
} as const satisfies Keys<Location>;

export const ORG_LABEL = {
	startup: 'calc.org.startup',
	rnd: 'calc.org.rnd',
	sme: 'calc.org.sme',
	large: 'calc.org.large',
	public: 'calc.org.public',
} as const satisfies Keys<Org>;

export const ORG_HINT = {
	startup: 'calc.org.startup.hint',
	rnd: 'calc.org.rnd.hint',
	sme: 'calc.org.sme.hint',
	large: 'calc.org.large.hint',
	public: 'calc.org.public.hint',
} as const satisfies Keys<Org>;

export const ASSET_LABEL = {
	'source-code': 'calc.asset.source-code',
	'customer-data': 'calc.asset.customer-data',
	algorithms: 'calc.asset.algorithms',
	'know-how': 'calc.asset.know-how',
	'licensed-software': 'calc.asset.licensed-software',
} as const satisfies Keys<Asset>;

export const ASSET_HINT = {
	'source-code': 'calc.asset.source-code.hint',
	'customer-data': 'calc.asset.customer-data.hint',
	algorithms: 'calc.asset.algorithms.hint',
	'know-how': 'calc.asset.know-how.hint',
	'licensed-software': 'calc.asset.licensed-software.hint',
} as const satisfies Keys<Asset>;

export const SAFEGUARD_LABEL = {
	nda: 'calc.safeguard.nda',
	'ip-clause': 'calc.safeguard.ip-clause',
	assignment: 'calc.safeguard.assignment',
	'non-compete': 'calc.safeguard.non-compete',
	audit: 'calc.safeguard.audit',
	oversight: 'calc.safeguard.oversight',
	timesheets: 'calc.safeguard.timesheets',
	'licence-check': 'calc.safeguard.licence-check',
	'access-control': 'calc.safeguard.access-control',
} as const satisfies Keys<Safeguard>;

export const SAFEGUARD_HINT = {
	nda: 'calc.safeguard.nda.hint',
	'ip-clause': 'calc.safeguard.ip-clause.hint',
	assignment: 'calc.safeguard.assignment.hint',
	'non-compete': 'calc.safeguard.non-compete.hint',
	audit: 'calc.safeguard.audit.hint',
	oversight: 'calc.safeguard.oversight.hint',
	timesheets: 'calc.safeguard.timesheets.hint',
	'licence-check': 'calc.safeguard.licence-check.hint',
	'access-control': 'calc.safeguard.access-control.hint',
} as const satisfies Keys<Safeguard>;

/** Why a missing safeguard matters, in one line (shown with each recommendation). */
export const SAFEGUARD_WHY = {
	nda: 'calc.why.nda',
	'ip-clause': 'calc.why.ip-clause',
	assignment: 'calc.why.assignment',
	'non-compete': 'calc.why.non-compete',
	audit: 'calc.why.audit',
	oversight: 'calc.why.oversight',
	timesheets: 'calc.why.timesheets',
	'licence-check': 'calc.why.licence-check',
	'access-control': 'calc.why.access-control',
} as const satisfies Keys<Safeguard>;

export const DIMENSION_LABEL = {
	ipMisuse: 'calc.dim.ipMisuse',
	hiddenCosts: 'calc.dim.hiddenCosts',
	unqualifiedPersonnel: 'calc.dim.unqualifiedPersonnel',
	enforceability: 'calc.dim.enforceability',
} as const satisfies Keys<RiskDimension>;

export const LEVEL_LABEL = {
	low: 'calc.level.low',
	moderate: 'calc.level.moderate',
	high: 'calc.level.high',
	critical: 'calc.level.critical',
} as const satisfies Keys<RiskLevel>;

/** What a level means, in one plain sentence (the start of the explanation). */
export const LEVEL_EXPLANATION = {
	low: 'calc.explain.low',
	moderate: 'calc.explain.moderate',
	high: 'calc.explain.high',
	critical: 'calc.explain.critical',
} as const satisfies Keys<RiskLevel>;

/** The question each answer field asks (form legends). */
export const FIELD_QUESTION = {
	scope: 'calc.q.scope',
	location: 'calc.q.location',
	org: 'calc.q.org',
	share: 'calc.q.share',
	safeguards: 'calc.q.safeguards',
} as const satisfies Keys<AnswerField>;

/** Short names of the answer fields (notices, summaries); `unknown` names a parameter that is no field. */
export const FIELD_NAME = {
	scope: 'calc.field.scope',
	location: 'calc.field.location',
	org: 'calc.field.org',
	share: 'calc.field.share',
	safeguards: 'calc.field.safeguards',
	unknown: 'calc.field.unknown',
} as const satisfies Keys<AnswerField | 'unknown'>;

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
