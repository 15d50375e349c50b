/**
 * The deal details a clause's sample wording may ask for, written `{fieldId}` in the wording
 * (src/content/clauses/). The ids double as URL parameter names of the contract builder and as i18n keys
 * (`builder.field.<id>.label` / `.hint`), so never rename one. The build fails on a `{name}` that is not listed here.
 */

/** How a field's value is typed, checked and written into the wording. */
export type FieldKind =
	/** Free text (a name, a city), written as typed. */
	| 'text'
	/** A whole number of a unit of time, written with its unit ("5 years", "5 години"). */
	| 'duration'
	/** A sum of money, written with the deal's currency (`currency`). */
	| 'amount'
	/** One of a fixed list of values. */
	| 'choice';

/** Units a duration is counted in (`Intl.NumberFormat` unit names). */
export type DurationUnit = 'year' | 'month' | 'day' | 'hour';

interface FieldBase {
	readonly kind: FieldKind;
	/** Whether the field describes the whole deal (shown once, at the top) rather than one clause's terms. */
	readonly deal?: boolean;
}

export interface TextField extends FieldBase {
	readonly kind: 'text';
	/** Most characters kept; a longer value is refused with a message. */
	readonly maxLength: number;
}

export interface DurationField extends FieldBase {
	readonly kind: 'duration';
	readonly unit: DurationUnit;
	readonly min: number;
	readonly max: number;
}

export interface AmountField extends FieldBase {
	readonly kind: 'amount';
	readonly min: number;
	readonly max: number;
}

export interface ChoiceField extends FieldBase {
	readonly kind: 'choice';
	/** The values, in display order; labels are `builder.field.<id>.option.<value>`. */
	readonly options: readonly string[];
}

export type FieldSpec = TextField | DurationField | AmountField | ChoiceField;

/** Currencies an amount can be given in (ISO 4217). Bulgaria's currency is the euro since 1 January 2026. */
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF'] as const;

/** Every field, in the order the builder's form shows them. */
export const CLAUSE_FIELDS = {
	client: { kind: 'text', maxLength: 160, deal: true },
	provider: { kind: 'text', maxLength: 160, deal: true },
	agreement: { kind: 'text', maxLength: 200, deal: true },
	currency: { kind: 'choice', options: CURRENCIES, deal: true },
	governingLaw: { kind: 'text', maxLength: 80, deal: true },
	confidentialityPeriod: { kind: 'duration', unit: 'year', min: 1, max: 30 },
	competitorPeriod: { kind: 'duration', unit: 'month', min: 1, max: 60 },
	competingProducts: { kind: 'text', maxLength: 200 },
	markets: { kind: 'text', maxLength: 200 },
	nonSolicitationPeriod: { kind: 'duration', unit: 'month', min: 1, max: 36 },
	auditNotice: { kind: 'duration', unit: 'day', min: 1, max: 90 },
	invoiceDisputePeriod: { kind: 'duration', unit: 'day', min: 1, max: 180 },
	breachNotice: { kind: 'duration', unit: 'hour', min: 1, max: 168 },
	penaltyAmount: { kind: 'amount', min: 1, max: 1_000_000_000 },
	penaltyCap: { kind: 'amount', min: 1, max: 1_000_000_000 },
	arbitralInstitution: { kind: 'text', maxLength: 160 },
	arbitrators: { kind: 'choice', options: ['one', 'three'] },
	seat: { kind: 'text', maxLength: 80 },
	proceedingsLanguage: { kind: 'choice', options: ['en', 'bg'] },
	exitPeriod: { kind: 'duration', unit: 'day', min: 1, max: 365 },
	acceptancePeriod: { kind: 'duration', unit: 'day', min: 1, max: 90 },
	curePeriod: { kind: 'duration', unit: 'day', min: 1, max: 90 },
	liabilityCap: { kind: 'amount', min: 1, max: 1_000_000_000 },
	insuranceAmount: { kind: 'amount', min: 1, max: 1_000_000_000 },
} as const satisfies Readonly<Record<string, FieldSpec>>;

/** A field id. */
export type FieldId = keyof typeof CLAUSE_FIELDS;

/** Every field id, in form order. */
export const FIELD_IDS = Object.keys(CLAUSE_FIELDS) as FieldId[];

/** Whether a name is a field id. */
export function isFieldId(name: string): name is FieldId {
	return Object.hasOwn(CLAUSE_FIELDS, name);
}
