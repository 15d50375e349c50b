/**
 * Every dictionary key the calculator's islands translate in the browser (explanation, summary, notices, statuses).
 * The page hands exactly these strings to the islands, so the browser never downloads a whole dictionary;
 * a unit test runs the client-side functions over only these strings and expects no key to be missing.
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

export const CALCULATOR_CLIENT_KEYS: readonly UiKey[] = [
	...Object.values(SCOPE_LABEL),
	...Object.values(LOCATION_LABEL),
	...Object.values(ORG_LABEL),
	...Object.values(ASSET_LABEL),
	...Object.values(SAFEGUARD_LABEL),
	...Object.values(DIMENSION_LABEL),
	...Object.values(LEVEL_LABEL),
	...Object.values(LEVEL_EXPLANATION),
	...Object.values(FIELD_NAME),
	'calc.explain.worst',
	'calc.explain.top',
	'calc.explain.complete',
	'calc.points.one',
	'calc.points.other',
	'calc.none',
	'calc.result.levelLine',
	'calc.rec.reduction',
	'calc.summary.intro',
	'calc.summary.missing',
	'calc.summary.none',
	'calc.summary.link',
	'calc.notice.link',
	'calc.notice.saved',
	'calc.notice.corrupt',
	'calc.notice.item',
	'calc.notice.more',
	'calc.share.copied',
	'calc.share.fallback',
	'calc.share.resetDone',
];
