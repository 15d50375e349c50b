/**
 * The dictionary keys each calculator island translates in the browser (explanations, summaries, notices, statuses).
 * Each island carries exactly its own strings in its `data-strings` attribute, so the browser never downloads a whole
 * dictionary; a unit test runs each island's client-side functions over only its strings and expects no key missing.
 */
import type { UiKey } from '@/lib/i18n/ui/en';
import {
	ASSET_LABEL,
	DIMENSION_LABEL,
	FIELD_NAME,
	LEVEL_EXPLANATION,
	LEVEL_LABEL,
	LOCATION_LABEL,
	ORG_LABEL,
	SAFEGUARD_LABEL,
	SCOPE_LABEL,
} from './labelKeys';

const POINTS: readonly UiKey[] = ['calc.points.one', 'calc.points.other'];

export const ISLAND_KEYS = {
	/** <risk-form>: the notice about what a link or saved answers had to drop. */
	form: [...Object.values(FIELD_NAME), 'calc.notice.link', 'calc.notice.saved', 'calc.notice.corrupt', 'calc.notice.item', 'calc.notice.more'],
	/** <risk-result>: level, explanation and the announcement of a new level. */
	result: [
		...Object.values(LEVEL_LABEL),
		...Object.values(LEVEL_EXPLANATION),
		...Object.values(DIMENSION_LABEL),
		...Object.values(SAFEGUARD_LABEL),
		'calc.explain.worst',
		'calc.explain.top',
		'calc.explain.complete',
		'calc.result.levelLine',
		...POINTS,
	],
	/** <risk-recommendations>: how much each safeguard lowers the score. */
	recommendations: ['calc.rec.reduction', ...POINTS],
	/** <risk-share>: the summary for the contact message and the copy / start-over statuses. */
	share: [
		...Object.values(FIELD_NAME),
		...Object.values(SCOPE_LABEL),
		...Object.values(LOCATION_LABEL),
		...Object.values(ORG_LABEL),
		...Object.values(ASSET_LABEL),
		...Object.values(SAFEGUARD_LABEL),
		...Object.values(LEVEL_LABEL),
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
