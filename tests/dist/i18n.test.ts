// Languages as built, page by page (moved here from the browser tier, which read the same HTML): the language switcher
// leads to the same page in the other language, the <head> names every language's page and x-default, the sitemap does
// the same, and each RSS feed lists every guide of its language.
import { expect, test } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO, ogLocale, type Locale } from '@/lib/i18n/locales';
import { localizePath, stripLocale } from '@/lib/i18n/localizePath';
import { guideSlugs } from '../support/content';
import { readDist, siteOrigin, sitemapPaths } from '../support/dist';
import { all, attribute, one, parseHtml } from '../support/html';

const SITE = siteOrigin();
const paths = sitemapPaths();
/** The locale a path is published in: its `/<locale>` prefix, or the default one at the root. */
const localeOf = (path: string): Locale => LOCALES.find((locale) => locale !== DEFAULT_LOCALE && path.startsWith(`/${locale}/`)) ?? DEFAULT_LOCALE;
const page = (path: string) => parseHtml(readDist(`${path.slice(1)}index.html`));

test('every page of the sitemap is there in every language', () => {
	const pages = new Set(paths.map(stripLocale));
	for (const locale of LOCALES) expect(paths.filter((path) => localeOf(path) === locale).sort(), locale).toEqual([...pages].map((path) => localizePath(path, locale)).sort());
});

test.each(paths)('%s: the language switcher leads to the same page in the other language', (path) => {
	const [other] = LOCALES.filter((locale) => locale !== localeOf(path));
	if (!other) throw new Error('the site has one language: no switcher to test');
	const html = page(path);
	expect(attribute(one(html, 'html'), 'lang')).toBe(LOCALE_INFO[localeOf(path)].lang);
	const switcher = one(html, 'a[data-language-switch]');
	expect(attribute(switcher, 'href')).toBe(localizePath(path, other));
	expect(attribute(switcher, 'hreflang')).toBe(LOCALE_INFO[other].lang);
});

test.each(paths)('%s: its <head> names its canonical URL, every language\'s page, x-default and its og:locale', (path) => {
	const html = page(path);
	expect(attribute(one(html, 'link[rel="canonical"]'), 'href')).toBe(`${SITE}${path}`);
	const alternates = Object.fromEntries(all(html, 'link[rel="alternate"][hreflang]').map((link): [string, string | undefined] => [attribute(link, 'hreflang') ?? '', attribute(link, 'href')]));
	expect(alternates).toEqual({
		...Object.fromEntries(LOCALES.map((locale) => [LOCALE_INFO[locale].lang, `${SITE}${localizePath(path, locale)}`])),
		'x-default': `${SITE}${localizePath(path, DEFAULT_LOCALE)}`,
	});
	expect(attribute(one(html, 'meta[property="og:locale"]'), 'content')).toBe(ogLocale(localeOf(path)));
});

test('every sitemap URL names its page in every language', () => {
	const urls = [...readDist('sitemap-0.xml').matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1] ?? '');
	expect(urls).toHaveLength(paths.length);
	for (const url of urls) {
		const path = new URL(/<loc>([^<]+)<\/loc>/.exec(url)?.[1] ?? '').pathname;
		for (const locale of LOCALES) expect(url, path).toContain(`hreflang="${LOCALE_INFO[locale].lang}" href="${SITE}${localizePath(path, locale)}"`);
	}
});

test.each(LOCALES)('the %s RSS feed lists every guide of its language', (locale) => {
	const xml = readDist(localizePath('/rss.xml', locale).slice(1));
	const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]).sort();
	expect(links).toEqual(guideSlugs(locale).map((slug) => `${SITE}${localizePath(`/guides/${slug}/`, locale)}`).sort());
});
