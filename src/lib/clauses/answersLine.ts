import type { Translate } from '@/lib/i18n/translator';
import { answerTexts } from '@/lib/risk/answerTexts';
import type { Answers } from '@/lib/risk/factors';
import { FIELD_NAME } from '@/lib/risk/labelKeys';

/**
 * The answers in one line, as the contract builder shows what its recommendations follow: the three choices, then
 * the two lists with their names ("…; Shared with the contractor: Source code; Safeguards in place: None").
 */
export function answersLine(answers: Answers, t: Translate): string {
	const text = answerTexts(answers, t);
	return [text.scope, text.location, text.org, ...(['share', 'safeguards'] as const).map((field) => `${t(FIELD_NAME[field])}: ${text[field]}`)].join('; ');
}
