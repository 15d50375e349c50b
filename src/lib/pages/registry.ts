// Every page of the site, once: its route, title, social card label, the lists that link it, whether search engines
// may index it, whether a campaign may lead to it and how the benchmark measures it. Everything else derives from
// here: the card's section and title (src/lib/seo/socialCard.ts), the header, footer, search and 404 links, the
// campaign tool's targets, the benchmark's pages (scripts/lib/pageTypes.ts), `noindex` (src/layouts/Base.astro) and
// the sitemap (astro.config.mjs). tests/unit/pages/registry.test.ts fails on a route file without an entry here, or
// an entry without its route file.
//
// Plain data with type-only imports: astro.config.mjs and the benchmark's scripts (plain Node) read it too.
import type { UiKey } from '../i18n/ui/en';

/** The lists of links that name a page (with its `nav` label), each in registry order. */
export type PageList =
	/** The site header's sections. */
	| 'header'
	| 'footer'
	/** The search page's "browse instead" links, for readers without JavaScript. */
	| 'browse'
	/** The 404 page's way back. */
	| 'notFound';

/** The kinds of page the benchmark and the Lighthouse gate measure, one page each. */
export type MeasuredType = 'home' | 'guide' | 'statistics' | 'calculator' | 'contact';

export interface PageEntry {
	/** The page's name in code (and the dynamic routes' key for their instances, src/data/socialCards.ts). */
	readonly id: string;
	/**
	 * The route, as Astro names it (`Astro.routePattern`): its file under src/pages/ without the extension or a final
	 * `/index`. Every page exists once per locale, so every route starts with `/[...lang]`. A `[param]` segment makes
	 * a dynamic route: one page per guide, per act.
	 */
	readonly route: string;
	/** The dictionary key of the page's title, when an interface string is its title (not the home page, guides or acts). */
	readonly title?: UiKey;
	/** The dictionary key of the label its social card shows above the title; none for the 404 pages, which show the home page's card. */
	readonly card?: UiKey;
	/** The page's name in lists of links. */
	readonly nav?: UiKey;
	/** The lists that link it. */
	readonly lists?: readonly PageList[];
	/** Whether search engines may index it: `false` writes `noindex` and keeps it out of the sitemap and the site search. */
	readonly indexable: boolean;
	/** Whether a campaign link may lead to it (the campaign-link tool offers it; a dynamic route offers each of its pages). */
	readonly campaign: boolean;
	/** The type the benchmark and the Lighthouse gate measure it as; a dynamic route names the page they measure. */
	readonly measured?: { readonly type: MeasuredType; readonly path?: string };
}

export const PAGES = [
	{ id: 'home', route: '/[...lang]', card: 'og.section.home', nav: 'nav.home', lists: ['notFound'], indexable: true, campaign: true, measured: { type: 'home' } },
	{
		id: 'guides',
		route: '/[...lang]/guides',
		title: 'guides.title',
		card: 'og.section.guides',
		nav: 'nav.guides',
		lists: ['header', 'browse', 'notFound'],
		indexable: true,
		campaign: true,
	},
	{
		id: 'guide',
		route: '/[...lang]/guides/[slug]',
		card: 'og.section.guide',
		indexable: true,
		campaign: true,
		measured: { type: 'guide', path: '/guides/what-is-outsourcing/' },
	},
	{
		id: 'glossary',
		route: '/[...lang]/glossary',
		title: 'glossary.title',
		card: 'og.section.glossary',
		nav: 'nav.glossary',
		lists: ['header', 'footer', 'browse'],
		indexable: true,
		campaign: true,
	},
	{
		id: 'statistics',
		route: '/[...lang]/statistics',
		title: 'statistics.title',
		card: 'og.section.statistics',
		nav: 'nav.statistics',
		lists: ['header', 'notFound'],
		indexable: true,
		campaign: true,
		measured: { type: 'statistics' },
	},
	{
		id: 'calculator',
		route: '/[...lang]/calculator',
		title: 'calculator.title',
		card: 'og.section.calculator',
		nav: 'nav.calculator',
		lists: ['header', 'notFound'],
		indexable: true,
		campaign: true,
		measured: { type: 'calculator' },
	},
	{ id: 'methodology', route: '/[...lang]/calculator/methodology', title: 'calc.method.title', card: 'og.section.methodology', indexable: true, campaign: false },
	// Empty without the scenarios in its link.
	{ id: 'compare', route: '/[...lang]/calculator/compare', title: 'compare.title', card: 'og.section.compare', indexable: false, campaign: false },
	{
		id: 'builder',
		route: '/[...lang]/contract-builder',
		title: 'builder.title',
		card: 'og.section.builder',
		nav: 'nav.builder',
		lists: ['header'],
		indexable: true,
		campaign: true,
	},
	{ id: 'faq', route: '/[...lang]/faq', title: 'faq.title', card: 'og.section.faq', nav: 'nav.faq', lists: ['footer', 'browse'], indexable: true, campaign: true },
	{ id: 'sources', route: '/[...lang]/sources', title: 'sources.title', card: 'og.section.sources', nav: 'nav.sources', lists: ['footer'], indexable: true, campaign: true },
	{ id: 'act', route: '/[...lang]/sources/[law]', card: 'og.section.sources', indexable: true, campaign: false },
	{ id: 'about', route: '/[...lang]/about', title: 'about.title', card: 'og.section.about', nav: 'nav.about', lists: ['footer'], indexable: true, campaign: true },
	{
		id: 'contact',
		route: '/[...lang]/contact',
		title: 'contact.title',
		card: 'og.section.contact',
		nav: 'nav.contact',
		lists: ['header', 'footer'],
		indexable: true,
		campaign: true,
		measured: { type: 'contact' },
	},
	// A results page is not a page to find in a search engine.
	{ id: 'search', route: '/[...lang]/search', title: 'search.title', card: 'og.section.search', indexable: false, campaign: false },
	// The marketing team's tool, linked from the README only.
	{ id: 'campaign', route: '/[...lang]/campaign-links', title: 'campaign.title', card: 'og.section.campaign', indexable: false, campaign: false },
	{ id: 'notFound', route: '/[...lang]/404', indexable: false, campaign: false },
] as const satisfies readonly PageEntry[];

export type PageId = (typeof PAGES)[number]['id'];

/** The routes with a `[param]`: each builds one page per guide, per act… */
export type DynamicPageId = Extract<(typeof PAGES)[number], { route: `/[...lang]/${string}[${string}]` }>['id'];

const ROUTE_PREFIX = '/[...lang]';

/** An entry's language-neutral path (`/calculator/compare/`); a dynamic route's keeps its parameter (`/guides/[slug]/`). */
export function pagePath(entry: PageEntry): string {
	const rest = entry.route.slice(ROUTE_PREFIX.length);
	return `${rest}/`;
}

/** Whether an entry builds one page per item (a guide, an act) rather than one page. */
export const isDynamic = (entry: PageEntry): boolean => entry.route.includes('[', ROUTE_PREFIX.length);

/** Whether a language-neutral path is one of `entry`'s pages: its own path, or any value of its parameters. */
function matches(entry: PageEntry, path: string): boolean {
	const pattern = pagePath(entry);
	if (!isDynamic(entry)) return pattern === path;
	const segments = pattern.split('/');
	const given = path.split('/');
	return segments.length === given.length && segments.every((segment, i) => (segment.startsWith('[') ? given[i] !== '' : segment === given[i]));
}

/** The entry whose page is at a language-neutral path (`/guides/x/` → the guide route), if any. */
export function pageAt(path: string): PageEntry | undefined {
	return PAGES.find((entry: PageEntry) => !isDynamic(entry) && matches(entry, path)) ?? PAGES.find((entry: PageEntry) => matches(entry, path));
}

/** The entry of a route (`Astro.routePattern`); throws, naming it, for a route the registry does not list. */
export function pageOfRoute(route: string): PageEntry {
	const entry = PAGES.find((page: PageEntry) => page.route === route);
	if (!entry) throw new Error(`the route ${route} has no entry in src/lib/pages/registry.ts: add one`);
	return entry;
}

/** The entry with an id. */
export const pageById = (id: PageId): PageEntry => PAGES.find((entry: PageEntry) => entry.id === id) as PageEntry;

/** The pages a list links, in registry order, each with its path and label key. */
export function pagesIn(list: PageList): { path: string; label: UiKey }[] {
	return PAGES.filter((entry: PageEntry) => entry.lists?.includes(list) && entry.nav !== undefined).map((entry: PageEntry) => ({
		path: pagePath(entry),
		label: entry.nav as UiKey,
	}));
}
