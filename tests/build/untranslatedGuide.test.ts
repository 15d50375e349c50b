// A guide published in English before its Bulgarian translation exists still builds, and links only where it can.
import { expect, test } from 'vitest';
import { all, attribute, one, parseHtml } from '../support/html';
import { fixtureSite } from './support/fixtureSite';

test('an untranslated guide: no hreflang to a missing page, and the switcher leads to the Bulgarian guide index', async () => {
	const site = fixtureSite();
	site.write('src/content/guides/en/new-guide.mdx', site.read('src/content/guides/en/what-is-outsourcing.mdx').replace(/^order: 1$/m, 'order: 99'));
	const { ok, output } = await site.build();
	expect(ok, output).toBe(true);
	const html = parseHtml(site.read('dist/guides/new-guide/index.html'));
	expect(attribute(one(html, 'a[data-language-switch]'), 'href')).toBe('/bg/guides/');
	const alternates = all(html, 'link[rel="alternate"][hreflang]').map((link) => [attribute(link, 'hreflang'), attribute(link, 'href')]);
	expect(alternates).toContainEqual(['en', 'https://outsourcing-ip.example/guides/new-guide/']);
	expect(alternates.map(([hreflang]) => hreflang)).not.toContain('bg');
});
