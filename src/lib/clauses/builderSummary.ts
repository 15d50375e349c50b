/**
 * What "Ask a lawyer to review this draft" hands to the contact page, in the page's language: the deal as the
 * calculator's answers describe it, the ids of the clauses in the draft and its language, and, when there is room, the
 * link that reopens the draft. Plain text that always fits the contact page's prefill (MAX_PREFILL), so nothing the
 * reader needs is cut off on arrival; the contact page then fits the e-mail link itself (fitMailto).
 */
import { MAX_PREFILL } from '@/lib/cta/prefillHref';
import type { Translate } from '@/lib/i18n/translator';
import { FIELD_NAME } from '@/lib/risk/labelKeys';
import { answerTexts } from '@/lib/risk/answerTexts';
import { MODE_LABEL, type BuilderState } from './builderState';

/** The summary; `link` (the draft's share link) is added when the whole still fits in `max` characters. */
export function builderSummary(state: BuilderState, t: Translate, link?: string, max = MAX_PREFILL): string {
	const answers = answerTexts(state.answers, t);
	const head = [
		t('builder.summary.intro'),
		'',
		...(['scope', 'location', 'org', 'share', 'safeguards'] as const).map((field) => `${t(FIELD_NAME[field])}: ${answers[field]}`),
		t('builder.summary.language', { language: t(MODE_LABEL[state.mode]) }),
	];
	const clausesLine = (count: number) => {
		const ids = state.clauses.slice(0, count).join(', ');
		const rest = state.clauses.length - count;
		return t('builder.summary.clauses', { count: state.clauses.length, ids: rest > 0 ? `${ids} ${t('calc.notice.more', { count: rest })}` : ids });
	};
	const text = (count: number) => [...head, state.clauses.length > 0 ? clausesLine(count) : t('builder.summary.noClauses')].join('\n');
	// Clause ids only ever make it shorter; keep as many as fit (all of them for any real library).
	let count = state.clauses.length;
	while (count > 0 && text(count).length > max) count -= 1;
	const summary = text(count).slice(0, max);
	const withLink = link ? `${summary}\n\n${t('builder.summary.link', { url: link })}` : summary;
	return withLink.length <= max ? withLink : summary;
}
