// The dictionary keys of the deal fields' strings, typed key by key (see src/lib/risk/labelKeys.ts).
import { keysFor, type Keys } from '@/lib/risk/labelKeys';
import { FIELD_IDS, type FieldId } from './fields';

/** What an unfilled field shows in sample wording and in a draft: a blank to fill in ("[Client]", "[number] years"). */
export const FIELD_BLANK = keysFor(FIELD_IDS, 'clauses.blank') satisfies Keys<FieldId>;
