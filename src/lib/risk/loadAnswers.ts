/**
 * Where the calculator's first answers come from: a shared link wins over saved answers, which win over the
 * defaults. Pure, so the store only has to read `location.search` and localStorage and pass the strings in.
 */
import type { Translate } from '@/lib/i18n/translator';
import { capNoticeItems, type CollectedAnswers, type LoadNotice } from './collectAnswers';
import { DEFAULT_ANSWERS } from './factors';
import { FIELD_NAME } from './labelKeys';
import { hasAnswerParams, parseAnswers, setsAnyAnswer } from './shareUrl';
import { decodeStored } from './storedAnswers';

/** Where loaded answers came from. */
export type AnswerSource = 'link' | 'saved' | 'default';

/** The first answers, where they came from and what was dropped on the way. */
export interface LoadedAnswers extends CollectedAnswers {
	readonly source: AnswerSource;
	/** The saved string was not a JSON object, so nothing of it could be kept. */
	readonly corrupt: boolean;
	/**
	 * The page's link had answer parameters but not one value the calculator recognises (`?scope=`, `?scope=zzz`): it
	 * was set aside, and the saved answers or the defaults stand; `ignored` lists what the link held.
	 */
	readonly linkSetAside: boolean;
}

/**
 * Answers from the page's query string if it sets at least one recognised answer, else from the stored string, else
 * the defaults.
 */
export function loadAnswers(search: string, stored: string | null): LoadedAnswers {
	if (setsAnyAnswer(search)) return { ...parseAnswers(search), source: 'link', corrupt: false, linkSetAside: false };
	const kept: LoadedAnswers =
		stored === null
			? { answers: DEFAULT_ANSWERS, ignored: [], source: 'default', corrupt: false, linkSetAside: false }
			: { ...decodeStored(stored), source: 'saved', linkSetAside: false };
	// A link whose every answer is empty or unknown must not wipe what the reader has: its values are only reported.
	return hasAnswerParams(search) ? { ...kept, ignored: parseAnswers(search).ignored, linkSetAside: true } : kept;
}

/** Whether to store loaded answers at once: a link's answers become the saved ones, and bad saved data is replaced. */
export function shouldStore(loaded: LoadedAnswers): boolean {
	return loaded.source === 'link' || loaded.corrupt || (loaded.ignored.length > 0 && !loaded.linkSetAside);
}

/** The notice to show after loading, or null when everything was used. */
export function loadNotice(loaded: LoadedAnswers, t: Translate): LoadNotice | null {
	const items = capNoticeItems(loaded.ignored, t, ({ field, value }) => t('calc.notice.item', { field: t(FIELD_NAME[field]), value }));
	if (loaded.corrupt) return { message: t('calc.notice.corrupt'), items: loaded.linkSetAside ? items : [] };
	if (loaded.linkSetAside) return { message: t(loaded.source === 'saved' ? 'calc.notice.linkSetAside.saved' : 'calc.notice.linkSetAside.default'), items };
	if (loaded.ignored.length === 0) return null;
	return { message: t(loaded.source === 'link' ? 'calc.notice.link' : 'calc.notice.saved'), items };
}
