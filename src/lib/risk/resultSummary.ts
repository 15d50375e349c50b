import type { Translate } from '@/lib/i18n/translator';
import type { Answers } from './factors';
import { ASSET_LABEL, FIELD_NAME, LEVEL_LABEL, LOCATION_LABEL, ORG_LABEL, SAFEGUARD_LABEL, SCOPE_LABEL } from './labelKeys';
import { pointsText } from './pointsText';
import type { RiskResult } from './scoreRisk';

/** How many missing safeguards the summary names: enough to start a conversation, short enough to read. */
export const SUMMARY_TOP_SAFEGUARDS = 3;

/**
 * The plain-text message the calculator hands to the contact page, in the translator's language:
 * the answers, the level with the overall score, the most valuable missing safeguards and, if given,
 * the link that reopens these answers. Plain text only: the contact page puts it in a form field.
 */
export function resultSummary(answers: Answers, result: RiskResult, t: Translate, link?: string): string {
	const list = (labels: string[]) => (labels.length > 0 ? labels.join(', ') : t('calc.none'));
	const top = result.recommendations.slice(0, SUMMARY_TOP_SAFEGUARDS);
	const lines = [
		t('calc.summary.intro'),
		'',
		`${t(FIELD_NAME.scope)}: ${t(SCOPE_LABEL[answers.scope])}`,
		`${t(FIELD_NAME.location)}: ${t(LOCATION_LABEL[answers.location])}`,
		`${t(FIELD_NAME.org)}: ${t(ORG_LABEL[answers.org])}`,
		`${t(FIELD_NAME.share)}: ${list(answers.share.map((asset) => t(ASSET_LABEL[asset])))}`,
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
