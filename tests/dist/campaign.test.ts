// The campaign-link tool as built: kept out of search engines and the sitemap, complete HTML without JavaScript, its
// JavaScript budgeted, and none of the calculator's code.
import { describe, expect, test } from 'vitest';
import { UTM_KEYS } from '@/lib/cta/pickUtmParams';
import { LOCALES } from '@/lib/i18n/locales';
import { localizePath } from '@/lib/i18n/localizePath';
import { ASSETS, LOCATIONS, ORGS, SAFEGUARDS, SCOPES } from '@/lib/risk/factors';
import { calculatorCode, htmlFiles, javaScriptOf, readDist, sitemapPaths } from '../support/dist';
import { all, attribute, one, parseHtml, textOf } from '../support/html';

/**
 * The tool's JavaScript, gzip, every import counted: 6.2 KB measured. About 2.8 KB is lean-qr (its "nano" generator and
 * SVG writer), 1.2 KB the island with the link logic, and 1.8 KB the copy helpers and island base it shares with the
 * contact page (cached there). 7 KB leaves room for small fixes, not for a second library.
 */
const BUDGET = 7 * 1024;

const PATH = '/campaign-links/';
const pages = LOCALES.map((locale) => [`${localizePath(PATH, locale).slice(1)}index.html`, locale] as const);

test('the tool is in neither language’s sitemap, nor linked from any other page', () => {
	const paths = LOCALES.map((locale) => localizePath(PATH, locale));
	expect(sitemapPaths().filter((path) => paths.includes(path))).toEqual([]);
	// A plain text search (any href ending in the tool's path, relative or absolute): parsing every page is slow.
	const linking = htmlFiles()
		.filter((file) => !pages.some(([page]) => page === file))
		.filter((file) => /href="[^"]*\/campaign-links\/[?#"]/.test(readDist(file)));
	expect(linking).toEqual([]);
});

describe.each(pages)('%s', (file, locale) => {
	const html = parseHtml(readDist(file));

	test('is marked noindex and names no canonical URL', () => {
		expect(attribute(one(html, 'meta[name="robots"]'), 'content')).toBe('noindex');
		expect(all(html, 'link[rel="canonical"]')).toEqual([]);
	});

	test(`loads at most ${BUDGET} bytes of JavaScript (gzip), and none of the calculator`, () => {
		const { gzip, files } = javaScriptOf(file);
		expect(files.filter((f) => calculatorCode().includes(f))).toEqual([]);
		expect(gzip).toBeLessThanOrEqual(BUDGET);
	});

	test('without JavaScript: the fields are there, the result is hidden and a notice says the tool needs JavaScript', () => {
		expect(textOf(one(html, 'p.needs-js[data-needs-js]'))).toContain('JavaScript');
		expect(attribute(one(html, '[data-result]'), 'hidden')).toBe('');
		expect(all(html, 'input[data-utm]').map((input) => attribute(input, 'data-utm'))).toEqual([...UTM_KEYS]);
		for (const input of all(html, 'input[data-utm]')) {
			const id = attribute(input, 'id') ?? '';
			expect(all(html, `label[for="${id}"]`)).toHaveLength(1);
			expect(attribute(input, 'aria-describedby')).toBe(`${id}-hint ${id}-message`);
		}
		expect(all(html, 'input[data-utm][required]').map((input) => attribute(input, 'data-utm'))).toEqual(['utm_source', 'utm_medium', 'utm_campaign']);
		expect(all(one(html, 'main'), 'form')).toEqual([]);
	});

	test('offers every page in both languages, the calculator flagged for presets, this language’s home page first chosen', () => {
		const options = all(html, 'select[data-target] option');
		const values = options.map((option) => attribute(option, 'value'));
		for (const target of LOCALES.flatMap((l) => ['/', '/guides/', '/guides/contract-clauses/', '/calculator/', '/contact/'].map((path) => localizePath(path, l)))) {
			expect(values).toContain(target);
		}
		expect(options.filter((option) => attribute(option, 'data-calculator') !== undefined).map((option) => attribute(option, 'value'))).toEqual(
			LOCALES.map((l) => localizePath('/calculator/', l)),
		);
		expect(options.filter((option) => attribute(option, 'selected') !== undefined).map((option) => attribute(option, 'value'))).toEqual([localizePath('/', locale)]);
	});

	test('lists every calculator answer for a preset, in the model’s canonical order', () => {
		const values = (selector: string) => all(html, selector).map((element) => attribute(element, 'value'));
		expect(values('select[data-preset-field="scope"] option')).toEqual(['', ...SCOPES]);
		expect(values('select[data-preset-field="location"] option')).toEqual(['', ...LOCATIONS]);
		expect(values('select[data-preset-field="org"] option')).toEqual(['', ...ORGS]);
		expect(values('[data-preset-field="share"] input')).toEqual([...ASSETS]);
		expect(values('[data-preset-field="safeguards"] input')).toEqual([...SAFEGUARDS]);
	});
});
