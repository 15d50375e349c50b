// The site search's decisions, apart from the browser: what a Pagefind result becomes on the results page, how its
// excerpt is split into plain and highlighted text, and what the status line says. (src/components/search/siteSearch.ts
// only loads Pagefind and draws what these functions return.)
import { truncateGraphemes } from '@/lib/i18n/graphemes';
import type { Translate } from '@/lib/i18n/translator';

/** The part of a Pagefind result's data (`await result.data()`) the results page uses. */
export interface PagefindResultData {
	url: string;
	/** HTML: the page's text around the matches, the matched words in `<mark>`, everything else escaped. */
	excerpt: string;
	meta: { title?: string | undefined };
	/** One per heading with an id that has matches under it (and one for the text before the first heading). */
	sub_results?: readonly PagefindSubResult[] | undefined;
}

export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	/** Where the matches are in the page: more locations, more of the query under that heading. */
	locations?: readonly number[] | undefined;
}

/** A run of excerpt text, highlighted or not. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

/** A section of a result page that the query matches, linked by its heading's id. */
export interface SectionHit {
	title: string;
	url: string;
	excerpt: ExcerptPart[];
}

/** What the results page shows for one page. */
export interface SearchHit {
	title: string;
	url: string;
	excerpt: ExcerptPart[];
	sections: SectionHit[];
}

/** Sections listed under one result at most: the ones with the most matches. */
export const MAX_SECTIONS = 3;

/**
 * Results drawn at a time: each one's excerpt costs a request for its page's fragment (a few KB), so the page draws the
 * best few and a button draws the next few (as Pagefind's own interface does).
 */
export const RESULTS_PER_STEP = 5;

/** Longest query searched, in characters: longer input is cut, as a search box's maxlength would. */
export const MAX_QUERY_LENGTH = 100;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with the character references Pagefind's escaping can produce turned back into characters. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (reference, name: string) => {
		if (name.startsWith('#')) {
			const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
		}
		return ENTITIES[name.toLowerCase()] ?? reference;
	});
}

/**
 * An excerpt as runs of plain and highlighted text, to be drawn with text nodes and `<mark>` elements (the page never
 * parses result HTML: the site's Trusted Types policy would refuse it, and text nodes cannot inject markup). Any other
 * tag is dropped; adjacent runs of the same kind are merged; empty runs are left out.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let mark = false;
	for (const token of excerpt.split(/(<\/?mark>|<[^>]*>)/i)) {
		const tag = /^<(\/?)mark>$/i.exec(token);
		if (tag) {
			mark = tag[1] === '';
			continue;
		}
		if (token.startsWith('<')) continue;
		const text = decodeEntities(token);
		if (text === '') continue;
		const last = parts.at(-1);
		if (last?.mark === mark) last.text += text;
		else parts.push({ text, mark });
	}
	return parts;
}

/** The sections of a result worth linking: those with a heading id, most matches first (page order among equals). */
export function sectionHits(data: PagefindResultData, max = MAX_SECTIONS): SectionHit[] {
	const page = data.url.split('#')[0];
	return (data.sub_results ?? [])
		.map((sub, position) => ({ sub, position, matches: sub.locations?.length ?? 0 }))
		.filter(({ sub }) => sub.url.includes('#') && sub.url.split('#')[0] === page && sub.title.trim() !== '')
		.sort((a, b) => b.matches - a.matches || a.position - b.position)
		.slice(0, max)
		.map(({ sub }) => ({ title: sub.title.trim(), url: sub.url, excerpt: excerptParts(sub.excerpt) }));
}

/** What the results page shows for one result: its title (the URL when the page has none), excerpt and sections. */
export function searchHit(data: PagefindResultData, maxSections = MAX_SECTIONS): SearchHit {
	const title = data.meta.title?.trim();
	return { title: title === undefined || title === '' ? data.url : title, url: data.url, excerpt: excerptParts(data.excerpt), sections: sectionHits(data, maxSections) };
}

/** The query as searched: spaces collapsed, trimmed, at most MAX_QUERY_LENGTH characters (as the reader counts them). */
export function normaliseQuery(raw: string): string {
	return truncateGraphemes(raw.replace(/\s+/g, ' ').trim(), MAX_QUERY_LENGTH).trim();
}

/** The status line: a prompt before any query, else how many pages match (or that none does). */
export function searchStatus(query: string, count: number, t: Translate): string {
	if (query === '') return t('search.prompt');
	if (count === 0) return t('search.none', { query });
	return t.plural('search.count', count, { query });
}

/** The interface strings the search island translates in the browser. */
export const SEARCH_KEYS = ['search.more', 'search.prompt', 'search.count.one', 'search.count.other', 'search.none', 'search.failed', 'search.sections'] as const;

/** The "show more" button's label: how many of the remaining results the next step draws, and how many remain. */
export function moreLabel(total: number, shown: number, t: Translate): string {
	const remaining = Math.max(0, total - shown);
	return t('search.more', { count: Math.min(RESULTS_PER_STEP, remaining), remaining });
}
