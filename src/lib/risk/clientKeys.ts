/**
 * The dictionary keys each calculator island translates in the browser (explanations, summaries, notices, statuses).
 * Each island carries exactly its own strings in its `data-strings` attribute, so the browser never downloads a whole
 * dictionary; a unit test runs each island's client-side functions over only its strings and expects no key missing.
 */
import type { UiKey } from '@/lib/i18n/ui/en';
import * as keys from './labelKeys';

/** Every key of the given label tables. */
const valuesOf = (...tables: readonly Readonly<Record<string, UiKey>>[]): UiKey[] => tables.flatMap((table) => Object.values(table));

const POINTS: readonly UiKey[] = ['calc.points.one', 'calc.points.other'];

export const ISLAND_KEYS = {
	/** <oip-risk-form>: the notice about what a link or saved answers had to drop. */
	form: [
		...valuesOf(keys.FIELD_NAME),
		'calc.notice.link',
		'calc.notice.saved',
		'calc.notice.corrupt',
		'calc.notice.linkSetAside.saved',
		'calc.notice.linkSetAside.default',
		'calc.notice.item',
		'calc.notice.more',
	],
	/** <oip-risk-result>: level, explanation and the announcement of a new level. */
	result: [
		...valuesOf(keys.LEVEL_LABEL, keys.LEVEL_EXPLANATION, keys.DIMENSION_LABEL, keys.SAFEGUARD_LABEL),
		'calc.explain.worst',
		'calc.explain.top',
		'calc.explain.complete',
		'calc.result.levelLine',
		...POINTS,
	],
	/** <oip-risk-recommendations>: how much each safeguard lowers the score. */
	recommendations: ['calc.rec.reduction', ...POINTS],
	/** <oip-risk-what-if>: the change of the overall score for each alternative. */
	whatIf: ['calc.whatif.down', 'calc.whatif.up', 'calc.whatif.same', ...POINTS],
	/** <oip-plan-header>: the printed plan's date line. */
	planHeader: ['calc.print.date'],
	/** <oip-risk-score-bar>: the level beside the score on phones. */
	scoreBar: valuesOf(keys.LEVEL_LABEL),
	/** <oip-risk-compare>: both scenarios' answers, levels and the differences between them. */
	compare: [
		...valuesOf(keys.SCOPE_LABEL, keys.LOCATION_LABEL, keys.ORG_LABEL, keys.ASSET_LABEL, keys.SAFEGUARD_LABEL, keys.LEVEL_LABEL, keys.FIELD_NAME),
		'compare.ignored',
		'compare.repeated',
		'compare.notice.item',
		'compare.a',
		'compare.b',
		'calc.notice.item',
		'calc.notice.more',
		'calc.none',
		'calc.whatif.down',
		'calc.whatif.up',
		'calc.whatif.same',
		'compare.changed',
		...POINTS,
	],
	/** <oip-risk-share>: the summary for the contact message and the copy / start-over statuses. */
	share: [
		...valuesOf(
			keys.FIELD_NAME,
			keys.SCOPE_LABEL,
			keys.LOCATION_LABEL,
			keys.ORG_LABEL,
			keys.ASSET_LABEL,
			keys.SAFEGUARD_LABEL,
			keys.LEVEL_LABEL,
		),
		'calc.none',
		'calc.result.levelLine',
		'calc.rec.reduction',
		...POINTS,
		'calc.summary.intro',
		'calc.summary.missing',
		'calc.summary.none',
		'calc.summary.link',
		'calc.share.copied',
		'calc.share.fallback',
		'calc.share.resetDone',
	],
} as const satisfies Record<string, readonly UiKey[]>;

export type Island = keyof typeof ISLAND_KEYS;
