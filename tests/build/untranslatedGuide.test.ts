// A guide published in English before its Bulgarian translation exists still builds, and links only where it can.
import { expect, test } from 'vitest';
import { fixtureSite } from './support/fixtureSite';

test('an untranslated guide: no hreflang to a missing page, and the switcher leads to the Bulgarian guide index', async () => {
	const site = fixtureSite();
	site.write('src/content/guides/en/new-guide.mdx', site.read('src/content/guides/en/what-is-outsourcing.mdx').replace(/^order: 1$/m, 'order: 99'));
	const { ok, output } = await site.build();
	expect(ok, output).toBe(true);
	const html = site.read('dist/guides/new-guide/index.html');
	expect(html).toMatch(/<a href="\/bg\/guides\/"[^>]*data-language-switch/);
	expect(html).not.toContain('hreflang="bg" href="https://outsourcing-ip.example/bg/guides/new-guide/"');
	expect(html).toContain('hreflang="en" href="https://outsourcing-ip.example/guides/new-guide/"');
});
