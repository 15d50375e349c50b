/**
 * Two scenarios in one link, for the side-by-side page: `a` and `b` each hold a scenario's answers as the calculator's
 * own query string (serializeAnswers), so either can be opened in the calculator as it is; the calculator writes such
 * links with `compareQuery` (whatIf.ts), so this module, with the table's rows, is loaded by the compare page alone.
 */
import type { Translate } from '@/lib/i18n/translator';
import type { Ignored } from './collectAnswers';
import { ANSWER_FIELDS, RISK_DIMENSIONS, type Answers } from './factors';
import { LEVEL_LABEL } from './labelKeys';
import { answerTexts } from './answerTexts';
import { scoreRisk } from './scoreRisk';
import { parseAnswers } from './shareUrl';
import { deltaText } from './whatIf';

/** Both scenarios read back from a compare page query, with what was dropped from either; null when one is missing. */
export function parseCompare(search: string): { a: Answers; b: Answers; ignored: Ignored[] } | null {
	const params = new URLSearchParams(search);
	const a = params.get('a');
	const b = params.get('b');
	if (a === null || b === null) return null;
	const first = parseAnswers(a);
	const second = parseAnswers(b);
	return { a: first.answers, b: second.answers, ignored: [...first.ignored, ...second.ignored] };
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
