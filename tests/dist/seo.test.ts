// What search engines read: canonical URLs only on indexable pages, and language alternates in the sitemap as in the pages.
import { expect, test } from 'vitest';
import { htmlFiles, readDist } from '../support/dist';

test.each(htmlFiles())('%s declares a canonical URL exactly when it may be indexed', (file) => {
	const html = readDist(file);
	const noindex = /<meta name="robots" content="[^"]*noindex/.test(html);
	expect(html.match(/<link rel="canonical"/g)?.length ?? 0).toBe(noindex ? 0 : 1);
});

test('the 404 pages are not indexable', () => {
	for (const file of ['404.html', 'bg/404.html']) expect(readDist(file)).toMatch(/<meta name="robots" content="noindex"/);
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
