// The site search as built: a search page per language, kept out of search engines and the sitemap; a plain GET form
// in the header of every other page, in the page's language; a Pagefind index per language holding exactly the pages
// marked for it; and the bytes a search costs, budgeted.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { UNUSED_PAGEFIND_FILES, languagesIndexed } from '@/build/checks/searchIndex';
import { LOCALES, LOCALE_INFO, type Locale } from '@/lib/i18n/locales';
import { localizePath } from '@/lib/i18n/localizePath';
import { useTranslations } from '@/lib/i18n/useTranslations';
import { DIST, htmlFiles, readDist, sitemapPaths, weighPage } from '../support/dist';
import { all, attribute, one, parseHtml, textOf } from '../support/html';

const PAGEFIND = join(DIST, 'pagefind');
const searchFile = (locale: Locale) => `${localizePath('/search/', locale).replace(/^\//, '')}index.html`;
const localeOf = (file: string): Locale => (file.startsWith('bg/') ? 'bg' : 'en');
const pages = htmlFiles().map((file) => ({ file, html: parseHtml(readDist(file)) }));

describe.each(LOCALES)('the %s search page', (locale) => {
	const t = useTranslations(locale);
	const html = parseHtml(readDist(searchFile(locale)));

	test('is in its language, kept out of search engines and out of the sitemap', () => {
		expect(attribute(one(html, 'html'), 'lang')).toBe(LOCALE_INFO[locale].lang);
		expect(attribute(one(html, 'meta[name="robots"]'), 'content')).toBe('noindex');
		expect(sitemapPaths()).not.toContain(localizePath('/search/', locale));
	});

	test('has one labelled search form that works without JavaScript (GET to itself, ?q=)', () => {
		const forms = all(html, 'form[role="search"]');
		expect(forms).toHaveLength(1);
		const [form] = forms;
		if (!form) throw new Error('no form');
		expect(attribute(form, 'action')).toBe(localizePath('/search/', locale));
		expect(attribute(form, 'method')).toBe('get');
		const input = one(form, 'input[type="search"][name="q"]');
		expect(textOf(one(form, `label[for="${attribute(input, 'id') ?? ''}"]`))).toBe(t('search.label'));
	});

	test('says, without JavaScript, where to browse instead, and is not itself indexed', () => {
		expect(textOf(one(html, '[data-needs-js]'))).toBe(t('search.needsJs'));
		expect(all(html, '.browse-list a').map((a) => attribute(a, 'href'))).toEqual(['/guides/', '/glossary/', '/faq/'].map((p) => localizePath(p, locale)));
		expect(all(html, '[data-pagefind-body]')).toEqual([]);
	});

	test("loads Pagefind's script from the site itself", () => {
		const island = one(html, 'oip-site-search');
		const index = attribute(island, 'data-index') ?? '';
		expect(index).toBe('/pagefind/pagefind.js');
		expect(existsSync(join(DIST, index))).toBe(true);
	});
});

describe('the header search form', () => {
	const others = pages.filter(({ file }) => !/(^|\/)search\/index\.html$/.test(file));

	test.each(others.map(({ file }) => file))('%s: a labelled GET form to the search page of its language', (file) => {
		const { html } = others.find((page) => page.file === file) ?? { html: parseHtml('') };
		const locale = localeOf(file);
		const form = one(one(html, 'header'), 'form[role="search"]');
		expect(attribute(form, 'action')).toBe(localizePath('/search/', locale));
		expect(attribute(form, 'method')).toBe('get');
		const input = one(form, 'input[type="search"][name="q"]');
		expect(textOf(one(form, `label[for="${attribute(input, 'id') ?? ''}"]`))).toBe(useTranslations(locale)('search.label'));
		expect(all(form, 'button[type="submit"]')).toHaveLength(1);
		// A form needs no script: guide pages still load none (budgets.test.ts).
		expect(all(form, 'script')).toEqual([]);
	});
});

/** What the index leaves out: what repeats on every page, and what only a printed plan shows. */
const IGNORED = ['.contact-cta', 'nav.toc', 'nav.pager', '.not-legal-advice', '.print-ref', '.plan-contact', 'oip-plan-header'] as const;

describe('the search index', () => {
	const indexed = pages.filter(({ html }) => all(html, '[data-pagefind-body]').length > 0);

	test('holds every page a search engine may index, and no other', () => {
		for (const { file, html } of pages) {
			const noindex = all(html, 'meta[name="robots"][content~="noindex"]').length > 0;
			if (noindex) expect(indexed.map((page) => page.file), file).not.toContain(file);
		}
		// Every indexable page but the compare page (a view of two calculator links, empty without them).
		const expected = pages.filter(({ file, html }) => all(html, 'meta[name="robots"][content~="noindex"]').length === 0 && !file.includes('calculator/compare/'));
		expect(indexed.map((page) => page.file).sort()).toEqual(expected.map((page) => page.file).sort());
	});

	test('has one index per language, each with exactly that language’s pages', () => {
		const counts = languagesIndexed(join(PAGEFIND, 'pagefind-entry.json'));
		expect([...counts.keys()].sort()).toEqual(LOCALES.map((locale) => LOCALE_INFO[locale].lang).sort());
		for (const locale of LOCALES) {
			expect(counts.get(LOCALE_INFO[locale].lang), locale).toBe(indexed.filter(({ file }) => localeOf(file) === locale).length);
		}
	});

	test('leaves out the parts that repeat on every page (contact box, table of contents, pager, disclaimer) and print-only text', () => {
		const seen = new Set<string>();
		for (const { file, html } of indexed) {
			for (const selector of IGNORED) {
				for (const element of all(html, selector)) {
					expect(attribute(element, 'data-pagefind-ignore'), `${file} ${selector}`).toBeDefined();
					seen.add(selector);
				}
			}
		}
		expect([...seen].sort()).toEqual([...IGNORED].sort());
	});

	test("ships none of Pagefind's unused interfaces, nor its worker", () => {
		for (const file of UNUSED_PAGEFIND_FILES) expect(existsSync(join(PAGEFIND, file)), file).toBe(false);
	});
});

/** Sizes of the files under a Pagefind folder whose names start with the language's prefix. */
const filesOf = (folder: string, lang: string) =>
	readdirSync(join(PAGEFIND, folder))
		.filter((name) => name.startsWith(`${lang}_`))
		.map((name) => statSync(join(PAGEFIND, folder, name)).size);
const sum = (sizes: readonly number[]) => sizes.reduce((a, b) => a + b, 0);

describe('what a search costs (bytes; Pagefind stores its index and engine already gzip-compressed)', () => {
	// 3.0 KB measured: the island (1.7 KB), the helpers every island shares and the inline theme script.
	test("the search page's own JavaScript stays under 3.5 KB gzip (the form, the results list, loading Pagefind)", () => {
		for (const locale of LOCALES) expect(weighPage(searchFile(locale)).js.gzip, locale).toBeLessThanOrEqual(3_500);
	});

	test("Pagefind's script stays under 14 KB gzip, each language's engine under 64 KB", () => {
		expect(gzipSync(readFileSync(join(PAGEFIND, 'pagefind.js')), { level: 9 }).length).toBeLessThanOrEqual(14_000);
		for (const name of readdirSync(PAGEFIND).filter((file) => file.startsWith('wasm.'))) {
			expect(statSync(join(PAGEFIND, name)).size, name).toBeLessThanOrEqual(64_000);
		}
	});

	// A search loads one index chunk per word (the chunk that holds it) and one fragment per result shown. With some
	// twenty pages per language, the index grows with the guides: these limits say when to look again.
	test.each(LOCALES)('the %s index: chunks under 48 KB each, fragments under 20 KB each, 400 KB in all', (locale) => {
		const lang = LOCALE_INFO[locale].lang;
		const chunks = filesOf('index', lang);
		const fragments = filesOf('fragment', lang);
		expect(chunks.length).toBeGreaterThan(0);
		expect(Math.max(...chunks)).toBeLessThanOrEqual(48_000);
		expect(Math.max(...fragments)).toBeLessThanOrEqual(20_000);
		expect(sum(chunks) + sum(fragments)).toBeLessThanOrEqual(400_000);
	});
});
