// The calculator's result as text, in the translator's language: the explanation beside the score, the points a
// safeguard is worth, and the summary the contact page receives. Runs in the browser with only each island's strings.
import type { Translate } from '@/lib/i18n/translator';
import { RISK_DIMENSIONS, type Answers, type RiskDimension } from './factors';
import { answerTexts } from './answerTexts';
import { pointsText } from './points';
import { DIMENSION_LABEL, FIELD_NAME, LEVEL_EXPLANATION, LEVEL_LABEL, SAFEGUARD_LABEL } from './labelKeys';
import type { DimensionScores, RiskResult } from './scoreRisk';

/** The highest-scoring dimension; ties go to the first in RISK_DIMENSIONS order, so the text is stable. */
export function worstDimension(scores: DimensionScores): RiskDimension {
	return RISK_DIMENSIONS.reduce((worst, d) => (scores[d] > scores[worst] ? d : worst), RISK_DIMENSIONS[0]);
}

/**
 * A short plain-language reading of a result, in the translator's language: what the level means,
 * the most exposed area, and the one safeguard that would help most (or that none is left to add).
 */
export function explainResult(result: RiskResult, t: Translate): string {
	const sentences = [t(LEVEL_EXPLANATION[result.level])];
	const worst = worstDimension(result.scores);
	if (result.scores[worst] > 0) {
		sentences.push(t('calc.explain.worst', { dimension: t(DIMENSION_LABEL[worst]), score: result.scores[worst] }));
	}
	const top = result.recommendations[0];
	sentences.push(
		top
			? t('calc.explain.top', { safeguard: t(SAFEGUARD_LABEL[top.safeguard]), points: pointsText(top.reduction, t) })
			: t('calc.explain.complete'),
	);
	return sentences.join(' ');
}

/** How many missing safeguards the summary names: enough to start a conversation, short enough to read. */
export const SUMMARY_TOP_SAFEGUARDS = 3;

/**
 * The plain-text message the calculator hands to the contact page, in the translator's language:
 * the answers, the level with the overall score, the most valuable missing safeguards and, if given,
 * the link that reopens these answers. Plain text only: the contact page puts it in a form field.
 */
export function resultSummary(answers: Answers, result: RiskResult, t: Translate, link?: string): string {
	const top = result.recommendations.slice(0, SUMMARY_TOP_SAFEGUARDS);
	const text = answerTexts(answers, t);
	const lines = [
		t('calc.summary.intro'),
		'',
		...(['scope', 'location', 'org', 'share'] as const).map((field) => `${t(FIELD_NAME[field])}: ${text[field]}`),
		t('calc.result.levelLine', { level: t(LEVEL_LABEL[result.level]), score: result.overall }),
		'',
		t(top.length > 0 ? 'calc.summary.missing' : 'calc.summary.none'),
		...top.map(
			(r) => `- ${t(SAFEGUARD_LABEL[r.safeguard])} (${t('calc.rec.reduction', { points: pointsText(r.reduction, t) })})`,
		),
	];
	if (link) lines.push('', t('calc.summary.link', { url: link }));
	return lines.join('\n');
}
