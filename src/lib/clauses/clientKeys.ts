/**
 * The dictionary keys each contract-builder island translates in the browser (as src/lib/risk/clientKeys.ts does for
 * the calculator): each island carries exactly its own strings in its `data-strings` attribute, and a unit test runs
 * each island's client-side functions over only its strings and expects no key missing.
 */
import type { UiKey } from '@/lib/i18n/ui/en';
import { ASSET_LABEL, FIELD_NAME, LOCATION_LABEL, ORG_LABEL, SAFEGUARD_LABEL, SCOPE_LABEL } from '@/lib/risk/labelKeys';
import { MODE_LABEL } from './builderState';
import { FIELD_LABEL } from './labelKeys';

const valuesOf = (...tables: readonly Readonly<Record<string, UiKey>>[]): UiKey[] => tables.flatMap((table) => Object.values(table));

/** What answersLine and the summary need: the label of every answer and field, and "None" for an empty list. */
const ANSWER_TEXTS: readonly UiKey[] = [...valuesOf(SCOPE_LABEL, LOCATION_LABEL, ORG_LABEL, ASSET_LABEL, SAFEGUARD_LABEL, FIELD_NAME), 'calc.none'];

export const BUILDER_ISLAND_KEYS = {
	/** <oip-builder-form>: what a link or saved work had to drop, and why a detail cannot be used. */
	form: [
		...valuesOf(FIELD_NAME, FIELD_LABEL),
		'builder.notice.link',
		'builder.notice.saved',
		'builder.notice.corrupt',
		'builder.notice.clause',
		'builder.notice.language',
		'calc.notice.item',
		'calc.notice.more',
		'builder.problem.tooLong',
		'builder.problem.notWhole',
		'builder.problem.outOfRange',
		'builder.problem.notOption',
	],
	/** <oip-builder-clauses>: the answers the recommendations follow, and how many clauses are ticked. */
	clauses: [...ANSWER_TEXTS, 'builder.clauses.count'],
	/** <oip-builder-actions>: statuses, the document's file name and the contact summary. */
	actions: [
		...ANSWER_TEXTS,
		...valuesOf(MODE_LABEL),
		'builder.textCopied',
		'builder.linkCopied',
		'builder.copyFallback',
		'builder.docxWorking',
		'builder.docxDone',
		'builder.docxFailed',
		'builder.docxFile',
		'builder.resetDone',
		'builder.summary.intro',
		'builder.summary.language',
		'builder.summary.clauses',
		'builder.summary.noClauses',
		'builder.summary.link',
		'calc.notice.more',
	],
} as const satisfies Record<string, readonly UiKey[]>;
