// What search engines read: canonical URLs only on indexable pages, and language alternates in the sitemap as in the pages.
import { expect, test } from 'vitest';
import { htmlFiles, readDist, sitemapPaths } from '../support/dist';
import { all, attribute, parseHtml } from '../support/html';

/** The page's robots directives (`noindex`, `nofollow`…), from every `<meta name="robots">`. */
const robots = (file: string) => all(parseHtml(readDist(file)), 'meta[name="robots"]').flatMap((meta) => (attribute(meta, 'content') ?? '').split(/\s*,\s*/));

test.each(htmlFiles())('%s declares a canonical URL exactly when it may be indexed', (file) => {
	const noindex = robots(file).includes('noindex');
	expect(all(parseHtml(readDist(file)), 'link[rel="canonical"]')).toHaveLength(noindex ? 0 : 1);
});

const listed = new Set(sitemapPaths());
/** The path a page is served at: `calculator/compare/index.html` → `/calculator/compare/`. */
const pathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

test.each(htmlFiles())('%s is in the sitemap exactly when it may be indexed', (file) => {
	expect(listed.has(pathOf(file))).toBe(!robots(file).includes('noindex'));
});

test('pages that show nothing without parameters are not indexable: the compare page, the search pages', () => {
	for (const file of ['calculator/compare/index.html', 'bg/calculator/compare/index.html', 'search/index.html']) expect(robots(file), file).toContain('noindex');
});

test('the 404 pages are not indexable', () => {
	for (const file of ['404.html', 'bg/404.html']) expect(robots(file)).toContain('noindex');
});

test('every sitemap URL with language alternates also names the English page as x-default, as its <head> does', () => {
	const urls = [...readDist('sitemap-0.xml').matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1] ?? '');
	const withAlternates = urls.filter((url) => url.includes('hreflang="en"'));
	expect(withAlternates.length).toBeGreaterThanOrEqual(20);
	for (const url of withAlternates) {
		const english = /hreflang="en" href="([^"]+)"/.exec(url)?.[1];
		expect(url).toContain(`hreflang="x-default" href="${english}"`);
	}
});
