// The answers in words, in the translator's language: what the calculator's summary, the compare page and the
// contract builder say the reader answered. A module of its own, so the builder does not load the calculator's texts.
import type { Translate } from '@/lib/i18n/translator';
import type { AnswerField, Answers } from './factors';
import { ASSET_LABEL, LOCATION_LABEL, ORG_LABEL, SAFEGUARD_LABEL, SCOPE_LABEL } from './labelKeys';

/** Each answer as the reader would say it: the chosen option's label, or the labels of a list (or "none"). */
export function answerTexts(answers: Answers, t: Translate): Record<AnswerField, string> {
	const list = (labels: string[]) => (labels.length > 0 ? labels.join(', ') : t('calc.none'));
	return {
		scope: t(SCOPE_LABEL[answers.scope]),
		location: t(LOCATION_LABEL[answers.location]),
		org: t(ORG_LABEL[answers.org]),
		share: list(answers.share.map((asset) => t(ASSET_LABEL[asset]))),
		safeguards: list(answers.safeguards.map((safeguard) => t(SAFEGUARD_LABEL[safeguard]))),
	};
}
