/**
 * Where the calculator's first answers come from: a shared link wins over saved answers, which win over the
 * defaults. Pure, so the store only has to read `location.search` and localStorage and pass the strings in.
 */
import type { Translate } from '@/lib/i18n/translator';
import { MAX_NOTICE_ITEMS, type CollectedAnswers, type LoadNotice } from './collectAnswers';
import { DEFAULT_ANSWERS } from './factors';
import { FIELD_NAME } from './labelKeys';
import { hasAnswerParams, parseAnswers } from './shareUrl';
import { decodeStored } from './storedAnswers';

/** Where loaded answers came from. */
export type AnswerSource = 'link' | 'saved' | 'default';

/** The first answers, where they came from and what was dropped on the way. */
export interface LoadedAnswers extends CollectedAnswers {
	readonly source: AnswerSource;
	/** The saved string was not a JSON object, so nothing of it could be kept. */
	readonly corrupt: boolean;
}

/** Answers from the page's query string if it has answer parameters, else from the stored string, else the defaults. */
export function loadAnswers(search: string, stored: string | null): LoadedAnswers {
	if (hasAnswerParams(search)) return { ...parseAnswers(search), source: 'link', corrupt: false };
	if (stored === null) return { answers: DEFAULT_ANSWERS, ignored: [], source: 'default', corrupt: false };
	return { ...decodeStored(stored), source: 'saved' };
}

/** Whether to store loaded answers at once: a link's answers become the saved ones, and bad saved data is replaced. */
export function shouldStore(loaded: LoadedAnswers): boolean {
	return loaded.source === 'link' || loaded.corrupt || loaded.ignored.length > 0;
}

/** The notice to show after loading, or null when everything was used. */
export function loadNotice(loaded: LoadedAnswers, t: Translate): LoadNotice | null {
	if (loaded.corrupt) return { message: t('calc.notice.corrupt'), items: [] };
	if (loaded.ignored.length === 0) return null;
	const shown = loaded.ignored.slice(0, MAX_NOTICE_ITEMS);
	const rest = loaded.ignored.length - shown.length;
	return {
		message: t(loaded.source === 'link' ? 'calc.notice.link' : 'calc.notice.saved'),
		items: [
			...shown.map(({ field, value }) => t('calc.notice.item', { field: t(FIELD_NAME[field]), value })),
			...(rest > 0 ? [t('calc.notice.more', { count: rest })] : []),
		],
	};
}
