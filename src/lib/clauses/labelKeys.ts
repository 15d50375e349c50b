// The dictionary keys of the deal fields' strings, typed key by key (see src/lib/risk/labelKeys.ts).
import { keysFor, type Keys } from '@/lib/risk/labelKeys';
import { CLAUSE_FIELDS, FIELD_IDS, type FieldId } from './fields';

/** What an unfilled field shows in sample wording and in a draft: a blank to fill in ("[Client]", "[number] years"). */
export const FIELD_BLANK = keysFor(FIELD_IDS, 'clauses.blank') satisfies Keys<FieldId>;
/** Each field's label in the contract builder's form. */
export const FIELD_LABEL = keysFor(FIELD_IDS, 'builder.field', '.label') satisfies Keys<FieldId>;
/** What to type into each field, in one sentence (the form adds the limit). */
export const FIELD_HINT = keysFor(FIELD_IDS, 'builder.field', '.hint') satisfies Keys<FieldId>;

/** The fields whose value is one of a list. */
type ChoiceId = { [K in FieldId]: (typeof CLAUSE_FIELDS)[K] extends { kind: 'choice' } ? K : never }[FieldId];
/** `fieldId.option` for every option of every choice field. */
export type ChoiceOption = { [K in ChoiceId]: `${K}.${(typeof CLAUSE_FIELDS)[K]['options'][number]}` }[ChoiceId];

/** Every option of every choice field, as `fieldId.option`, in form order. */
export const CHOICE_OPTIONS = FIELD_IDS.flatMap((id) => {
	const spec = CLAUSE_FIELDS[id];
	return spec.kind === 'choice' ? spec.options.map((option) => `${id}.${option}`) : [];
}) as ChoiceOption[];

/** How the wording names each option of a choice ("one", "English"); the form's list shows the same words. */
export const OPTION_WORDS = keysFor(CHOICE_OPTIONS, 'clauses.option') satisfies Keys<ChoiceOption>;
