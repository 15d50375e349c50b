// What each page's social card (Open Graph image) says and where it lives: pure decisions shared by the page's
// <head> (src/components/layout/BaseHead.astro) and the endpoint that draws the cards (src/pages/og/[...route].png.ts).
import type { Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/translator';
import type { UiKey } from '@/lib/i18n/ui/en';
import { pageAt, type PageEntry } from '@/lib/pages/registry';

/** The size Open Graph and X (Twitter) show large cards at: 1.91:1. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The page a card is for and the dictionary key of its label ("Guide", "Ръководство"), from the page registry; `undefined` for a path no card knows. */
export function cardSection(path: string): { page: PageEntry; label: UiKey } | undefined {
	const page = pageAt(path);
	return page?.card ? { page, label: page.card } : undefined;
}

/**
 * Where a page's card is published: `/og/<locale><path>.png`, one file per page and language (`/guides/x/` in
 * Bulgarian → `/og/bg/guides/x.png`; the home page → `/og/bg/index.png`).
 */
export function cardImagePath(path: string, locale: Locale): string {
	return `/og/${cardRoute(path, locale)}.png`;
}

/** The endpoint's `route` parameter for a page's card: `cardImagePath` without `/og/` and `.png`. */
export function cardRoute(path: string, locale: Locale): string {
	if (!path.startsWith('/') || !path.endsWith('/')) throw new Error(`a page path starts and ends with "/": ${path}`);
	return `${locale}${path === '/' ? '/index' : path.slice(0, -1)}`;
}

/** What a card shows, and the alternative text that says it. */
export interface CardText {
	/** The registry's id of the page (`guide`, `home`…). */
	section: string;
	/** The section's label in the page's language ("Guide", "Ръководство"). */
	label: string;
	/** The card's headline: the page's title (the home page, whose title is the brand, shows its heading instead). */
	title: string;
	brand: string;
	/** The site's host, in the card's corner (`outsourcing-ip.example`). */
	address: string;
	alt: string;
}

export interface CardPage {
	/** Language-neutral path (`/guides/x/`). */
	path: string;
	/** The page's title as its <head> states it. */
	title: string;
	/** The brand in the page's language. */
	brand: string;
	site: URL;
	/** The translator of the page's language. */
	t: Translate;
}

/** The words on a page's card; throws, naming the path, for a page no section covers (give it one above). */
export function cardText({ path, title, brand, site, t }: CardPage): CardText {
	const section = cardSection(path);
	if (!section) throw new Error(`no social card for ${path}: give its entry in src/lib/pages/registry.ts a card label`);
	const label = t(section.label);
	const headline = section.page.id === 'home' ? t('home.title') : title;
	return { section: section.page.id, label, title: headline, brand, address: site.host, alt: t('og.imageAlt', { title: headline, section: label, brand }) };
}
