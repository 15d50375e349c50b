// What each page's social card (Open Graph image) says and where it lives: pure decisions shared by the page's
// <head> (src/components/layout/BaseHead.astro) and the endpoint that draws the cards (src/pages/og/[...route].png.ts).
import type { Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/translator';
import type { UiKey } from '@/lib/i18n/ui/en';

/** The size Open Graph and X (Twitter) show large cards at: 1.91:1. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The kinds of page a card names above its title. */
export type CardSection = 'home' | 'guide' | 'guides' | 'calculator' | 'methodology' | 'compare' | 'statistics' | 'glossary' | 'faq' | 'sources' | 'about' | 'contact' | 'search' | 'campaign' | 'builder';

/** The dictionary key of each section's label (written out, so every key is findable in the code). */
export const SECTION_LABEL_KEYS = {
	home: 'og.section.home',
	guide: 'og.section.guide',
	guides: 'og.section.guides',
	calculator: 'og.section.calculator',
	methodology: 'og.section.methodology',
	compare: 'og.section.compare',
	statistics: 'og.section.statistics',
	glossary: 'og.section.glossary',
	faq: 'og.section.faq',
	sources: 'og.section.sources',
	about: 'og.section.about',
	contact: 'og.section.contact',
	search: 'og.section.search',
	campaign: 'og.section.campaign',
	builder: 'og.section.builder',
} as const satisfies Record<CardSection, UiKey>;

const SECTION_OF_PATH: Readonly<Record<string, CardSection>> = {
	'/': 'home',
	'/guides/': 'guides',
	'/calculator/': 'calculator',
	'/calculator/methodology/': 'methodology',
	'/calculator/compare/': 'compare',
	'/statistics/': 'statistics',
	'/glossary/': 'glossary',
	'/faq/': 'faq',
	'/sources/': 'sources',
	'/about/': 'about',
	'/contact/': 'contact',
	'/search/': 'search',
	'/campaign-links/': 'campaign',
	'/contract-builder/': 'builder',
};

/** The pages whose title is an interface string, with its key: the one the page itself passes to its <head>. */
export const PAGE_TITLE_KEYS: Readonly<Record<string, UiKey>> = {
	'/guides/': 'guides.title',
	'/calculator/': 'calculator.title',
	'/calculator/methodology/': 'calc.method.title',
	'/calculator/compare/': 'compare.title',
	'/statistics/': 'statistics.title',
	'/glossary/': 'glossary.title',
	'/faq/': 'faq.title',
	'/sources/': 'sources.title',
	'/about/': 'about.title',
	'/contact/': 'contact.title',
	'/search/': 'search.title',
	'/campaign-links/': 'campaign.title',
	'/contract-builder/': 'builder.title',
};

/** The section of a page, from its language-neutral path (`/guides/x/` is a guide, `/sources/x/` an act's sources); `undefined` for a path no card knows. */
export function cardSection(path: string): CardSection | undefined {
	if (/^\/guides\/[^/]+\/$/.test(path)) return 'guide';
	if (/^\/sources\/[^/]+\/$/.test(path)) return 'sources';
	return SECTION_OF_PATH[path];
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
	section: CardSection;
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
	if (!section) throw new Error(`no social card section for ${path}: add it to SECTION_OF_PATH in src/lib/seo/socialCard.ts`);
	const label = t(SECTION_LABEL_KEYS[section]);
	const headline = section === 'home' ? t('home.title') : title;
	return { section, label, title: headline, brand, address: site.host, alt: t('og.imageAlt', { title: headline, section: label, brand }) };
}
