// What each page's social card says and where it is published.
import { describe, expect, test } from 'vitest';
import { LOCALES } from '@/lib/i18n/locales';
import { useTranslations } from '@/lib/i18n/useTranslations';
import { pageById, type PageId } from '@/lib/pages/registry';
import { cardImagePath, cardRoute, cardSection, cardText } from '@/lib/seo/socialCard';
import { siteConfig } from '@/site.config';

const site = new URL('https://outsourcing-ip.example');

/** A page of each kind, with the registry entry whose card it gets. */
const PAGES: readonly (readonly [string, PageId])[] = [
	['/', 'home'],
	['/guides/', 'guides'],
	['/guides/what-is-outsourcing/', 'guide'],
	['/calculator/', 'calculator'],
	['/calculator/methodology/', 'methodology'],
	['/calculator/compare/', 'compare'],
	['/statistics/', 'statistics'],
	['/glossary/', 'glossary'],
	['/faq/', 'faq'],
	['/sources/', 'sources'],
	['/sources/gdpr/', 'act'],
	['/about/', 'about'],
	['/contact/', 'contact'],
	['/search/', 'search'],
	['/campaign-links/', 'campaign'],
	['/contract-builder/', 'builder'],
];

test.each(PAGES)('%s gets the card of the registry’s %s page', (path, id) => {
	expect(cardSection(path)?.page).toBe(pageById(id));
});

test('a path no card knows has no section, and its card text fails naming it', () => {
	expect(cardSection('/guides/x/y/')).toBeUndefined();
	expect(cardSection('/sources/x/y/')).toBeUndefined();
	expect(cardSection('/unknown/')).toBeUndefined();
	// The 404 pages show the home page's card: their own entry has none.
	expect(cardSection('/404/')).toBeUndefined();
	expect(() => cardText({ path: '/unknown/', title: 'T', brand: 'B', site, t: useTranslations('en') })).toThrow('/unknown/');
});

describe('card addresses', () => {
	test('one per page and language, under /og/<locale>/', () => {
		expect(cardImagePath('/', 'en')).toBe('/og/en/index.png');
		expect(cardImagePath('/', 'bg')).toBe('/og/bg/index.png');
		expect(cardImagePath('/guides/', 'en')).toBe('/og/en/guides.png');
		expect(cardImagePath('/guides/what-is-outsourcing/', 'bg')).toBe('/og/bg/guides/what-is-outsourcing.png');
		expect(cardRoute('/calculator/compare/', 'bg')).toBe('bg/calculator/compare');
	});

	test('no two pages of any language share one', () => {
		const paths = LOCALES.flatMap((locale) => PAGES.map(([path]) => cardImagePath(path, locale)));
		expect(new Set(paths).size).toBe(paths.length);
	});

	test('refuses a path without its slashes', () => {
		expect(() => cardImagePath('/guides', 'en')).toThrow('/guides');
		expect(() => cardImagePath('guides/', 'en')).toThrow();
	});
});

describe.each(LOCALES)('card text in %s', (locale) => {
	const t = useTranslations(locale);
	const brand = siteConfig.brand[locale];
	const textOf = (path: string, title = 'Page title') => cardText({ path, title, brand, site, t });

	test.each(PAGES)('%s has its section label in the language of the page', (path, id) => {
		const { label } = textOf(path);
		expect(label).toBe(t(pageById(id).card ?? 'og.section.home'));
		expect(label).not.toMatch(/^og\./);
		if (locale === 'bg') expect(label).toMatch(/\p{Script=Cyrillic}/u);
	});

	test('a page shows its own title, and the home page (titled with the brand) its heading', () => {
		expect(textOf('/guides/x/', 'Заглавие').title).toBe('Заглавие');
		expect(textOf('/', brand).title).toBe(t('home.title'));
	});

	test('the alternative text says what the card shows: section, title and brand', () => {
		const { alt, label } = textOf('/guides/x/', 'Заглавие');
		for (const part of [label, 'Заглавие', brand]) expect(alt).toContain(part);
		expect(alt).not.toMatch(/[{}]/);
	});

	test('the corner shows the site’s host', () => {
		expect(textOf('/').address).toBe('outsourcing-ip.example');
	});
});
