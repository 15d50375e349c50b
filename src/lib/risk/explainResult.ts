import type { Translate } from '@/lib/i18n/translator';
import { RISK_DIMENSIONS, type RiskDimension } from './factors';
import { DIMENSION_LABEL, LEVEL_EXPLANATION, SAFEGUARD_LABEL } from './labelKeys';
import { pointsText } from './pointsText';
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
