/**
 * The compare page: both scenarios read back from its link (`a` and `b` each hold a scenario's answers as the
 * calculator's own query string, made by compareQuery in whatIf.ts), what the link held that was not used, and the
 * rows of the side-by-side table. Only the compare page runs this module (astro.config.mjs keeps it out of the risk
 * model's chunk, which the calculator loads too).
 */
import type { Translate } from '@/lib/i18n/translator';
import type { UiKey } from '@/lib/i18n/ui/en';
import type { Ignored } from './collectAnswers';
import { ANSWER_FIELDS, RISK_DIMENSIONS, type Answers } from './factors';
import { FIELD_NAME, LEVEL_LABEL } from './labelKeys';
import { answerTexts } from './answerTexts';
import { capNoticeItems, type LoadNotice } from './collectAnswers';
import { scoreRisk } from './scoreRisk';
import { parseAnswers } from './shareUrl';
import { deltaText } from './points';

/** The two scenarios, by their parameter's name. */
export const SCENARIOS = ['a', 'b'] as const;
export type Scenario = (typeof SCENARIOS)[number];
/** Each scenario's column heading. */
const SCENARIO_NAME: Record<Scenario, UiKey> = { a: 'compare.a', b: 'compare.b' };

/** Both scenarios of a compare link and what was not used: values dropped from either, and repeated `a` or `b` parameters. */
export interface ParsedCompare {
	a: Answers;
	b: Answers;
	/** Values each scenario's answers dropped (unknown, or a second value for a one-answer question), as parseAnswers reports them. */
	ignored: Array<Ignored & { scenario: Scenario }>;
	/** Scenarios the link gives more than once: only the first of each is compared. */
	repeated: Scenario[];
}

/** Both scenarios read back from a compare page query; null when one is missing. */
export function parseCompare(search: string): ParsedCompare | null {
	const params = new URLSearchParams(search);
	const [a, b] = SCENARIOS.map((name) => params.get(name));
	if (a == null || b == null) return null;
	const [first, second] = [parseAnswers(a), parseAnswers(b)];
	return {
		a: first.answers,
		b: second.answers,
		ignored: [...first.ignored.map((item) => ({ ...item, scenario: 'a' as const })), ...second.ignored.map((item) => ({ ...item, scenario: 'b' as const }))],
		repeated: SCENARIOS.filter((name) => params.getAll(name).length > 1),
	};
}

/** The notice about what the link held that the comparison does not use, or null when it uses everything. */
export function compareNotice({ ignored, repeated }: ParsedCompare, t: Translate): LoadNotice | null {
	if (ignored.length === 0 && repeated.length === 0) return null;
	return {
		message: t('compare.ignored'),
		items: [
			...repeated.map((name) => t('compare.repeated', { name })),
			...capNoticeItems(ignored, t, ({ scenario, field, value }) =>
				t('compare.notice.item', { scenario: t(SCENARIO_NAME[scenario]), item: t('calc.notice.item', { field: t(FIELD_NAME[field]), value }) }),
			),
		],
	};
}

/** The rows of the side-by-side table: the answers, then the overall score, the level and each area's score. */
export const COMPARE_ROWS = [...ANSWER_FIELDS, 'overall', 'level', ...RISK_DIMENSIONS] as const;
export type CompareRow = (typeof COMPARE_ROWS)[number];

/** One row as the page shows it: each scenario's text and the difference ("changed", "−12 points", or empty). */
export interface CompareCells {
	readonly row: CompareRow;
	readonly a: string;
	readonly b: string;
	readonly difference: string;
}

/** Every row of the table for scenarios `a` and `b`, scored with the calculator's model, in the translator's language. */
export function compareRows(a: Answers, b: Answers, t: Translate): CompareCells[] {
	const [resultA, resultB] = [scoreRisk(a), scoreRisk(b)];
	const [textA, textB] = [answerTexts(a, t), answerTexts(b, t)];
	const numbers = (row: CompareRow, x: number, y: number): CompareCells => ({
		row,
		a: String(x),
		b: String(y),
		difference: deltaText(y - x, t),
	});
	return [
		...ANSWER_FIELDS.map((field) => ({
			row: field,
			a: textA[field],
			b: textB[field],
			difference: textA[field] === textB[field] ? '' : t('compare.changed'),
		})),
		numbers('overall', resultA.overall, resultB.overall),
		{
			row: 'level',
			a: t(LEVEL_LABEL[resultA.level]),
			b: t(LEVEL_LABEL[resultB.level]),
			difference: resultA.level === resultB.level ? '' : t('compare.changed'),
		},
		...RISK_DIMENSIONS.map((d) => numbers(d, resultA.scores[d], resultB.scores[d])),
	];
}
