// Every guide as built (moved here from the browser tier, which read the same HTML): a table of contents whose every
// entry names a section of the page, the not-legal-advice notice, the contact call to action in the guide's language
// and one JSON-LD Article. (That the contents are shown and an entry scrolls to its section: tests/e2e/guides.spec.ts.)
import { expect, test } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/i18n/locales';
import { localizePath } from '@/lib/i18n/localizePath';
import { guideSlugs } from '../support/content';
import { readDist } from '../support/dist';
import { all, attribute, one, parseHtml, sourceText } from '../support/html';

const guides = LOCALES.flatMap((locale: Locale) => guideSlugs(locale).map((slug) => ({ locale, path: localizePath(`/guides/${slug}/`, locale) })));

test('there is a guide page for every guide in every language', () => {
	expect(guides.filter((guide) => guide.locale === DEFAULT_LOCALE).length).toBeGreaterThanOrEqual(5);
	expect(guides.length).toBeGreaterThanOrEqual(10);
});

test.each(guides)('$path: its contents lead to its sections; the notice, the call to action and its Article are there', ({ locale, path }) => {
	const html = parseHtml(readDist(`${path.slice(1)}index.html`));
	const targets = all(html, 'nav.toc a').map((link) => attribute(link, 'href') ?? '');
	expect(targets.length).toBeGreaterThanOrEqual(3);
	for (const target of targets) {
		expect(target).toMatch(/^#[\p{L}\p{N}_-]+$/u);
		expect(all(html, `[id="${target.slice(1)}"]`), target).toHaveLength(1);
	}
	expect(all(html, '.not-legal-advice')).toHaveLength(1);
	expect(attribute(one(html, '.contact-cta a'), 'href')).toBe(localizePath('/contact/', locale));
	const jsonLd = all(html, 'script[type="application/ld+json"]');
	expect(jsonLd).toHaveLength(1);
	expect((JSON.parse(sourceText(one(html, 'script[type="application/ld+json"]'))) as Record<string, unknown>)['@type']).toBe('Article');
});
