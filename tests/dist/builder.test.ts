// The contract builder as built: its JavaScript budget and the .docx chunk kept lazy, and a page complete without
// JavaScript, every expected value read from the clause data (src/content/) and the configuration.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bytesOf } from '@/build/checks/pageWeight';
import { citationsOf, parseRichText } from '@/build/markdown/richText';
import type { BuilderData } from '@/stores/contractBuilder';
import { LOCALES, LOCALE_INFO } from '@/lib/i18n/locales';
import { localizePath } from '@/lib/i18n/localizePath';
import { useTranslations } from '@/lib/i18n/useTranslations';
import { formatCitation } from '@/lib/legal/formatCitation';
import { DEFAULT_ANSWERS } from '@/lib/risk/factors';
import { expectedClauses, readClauseRules } from '../support/clauseRules';
import { readClauses, readEntries } from '../support/content';
import { DIST, distFiles, pageScripts, readDist, sitemapPaths, weighPage } from '../support/dist';
import { all, attribute, one, parseHtml, sourceText, textOf } from '../support/html';

/**
 * The builder page's JavaScript at load, gzip, every static import counted (the theme script included). It runs four
 * islands over a store, the schedule's logic and the calculator's risk model (3.9 KB, shared with the calculator and
 * cached by a reader who comes from it); what only some visits need loads when needed: the draft's text, link and
 * contact summary, the notices' wording, and the .docx writer. Measured 11.8 KB; 12 KB was the limit. Keeping the
 * draft and the controls in step when the reader comes back to the page (Chromium's restored controls, the back/forward
 * cache) cost 107 B, and 128 B were added for it.
 */
const BUDGET = 12 * 1024 + 128;
/**
 * The .docx writer (the docx library, tree-shaken, and its zip code), loaded only when the reader asks for the file:
 * measured 65.9 KB gzip. Its limit keeps an upgrade of the library from doubling it unnoticed.
 */
const DOCX_BUDGET = 80 * 1024;

const clauses = readClauses();
const rules = readClauseRules();
const recommended = expectedClauses(DEFAULT_ANSWERS);
const sources = readEntries<{ law: string; pinpoint: Record<string, string> }>('sources');
const laws = readEntries<{ short: Record<string, string> }>('laws');
const definitions = readEntries<{ always?: boolean; term: Record<string, string> }>('definitions');
/** The sources a clause's law cites, in order, each once. */
const sourcesOf = (id: string) => {
	const parsed = parseRichText(clauses.find((c) => c.id === id)?.law['en'] ?? '');
	return parsed.ok ? [...new Set(citationsOf(parsed.nodes))] : [];
};

const pages = LOCALES.map((locale) => [`${localizePath('/contract-builder/', locale).slice(1)}index.html`, locale] as const);

test('the builder is in the sitemap in both languages (it has content without any parameter)', () => {
	for (const locale of LOCALES) expect(sitemapPaths()).toContain(localizePath('/contract-builder/', locale));
});

test(`the .docx writer is a chunk of its own, loaded by no page at load, within ${DOCX_BUDGET} bytes gzip`, () => {
	const chunks = distFiles().filter((file) => /^_astro\/scheduleDocx\.[\w-]+\.js$/.test(file));
	expect(chunks).toHaveLength(1);
	const size = bytesOf(readFileSync(join(DIST, chunks[0] ?? ''))).gzip;
	console.log(`the .docx chunk: ${size} bytes gzip`);
	expect(size).toBeLessThanOrEqual(DOCX_BUDGET);
	for (const [file] of pages) expect(weighPage(file).files).not.toContain(`/${chunks[0] ?? ''}`);
});

describe.each(pages)('%s', (file, locale) => {
	const html = parseHtml(readDist(file));

	test(`loads at most ${BUDGET} bytes of JavaScript (gzip) at first`, () => {
		const { js, files, lazyJs, lazyFiles } = weighPage(file);
		console.log(`${file}: ${js.gzip} bytes of JavaScript at load (gzip), ${lazyJs.gzip} more when the draft's buttons are used: ${[...files, ...lazyFiles].join(', ')}`);
		expect(js.gzip).toBeLessThanOrEqual(BUDGET);
	});

	test('loads its islands as one script of its own (BuilderScript.astro), not a file per island', () => {
		expect(pageScripts(file)).toHaveLength(1);
	});

	test('lists every clause of the library in order, those recommended for the default answers ticked, each with a reason', () => {
		expect(all(html, 'input[name="clause"]').map((input) => attribute(input, 'value'))).toEqual(clauses.map((c) => c.id));
		expect(all(html, 'input[name="clause"][checked]').map((input) => attribute(input, 'value'))).toEqual(recommended);
		for (const id of recommended) expect(all(html, `#clause-${id}-why [data-reason]:not([hidden])`).map(textOf)).toHaveLength(1);
	});

	test('prerenders the schedule in every language, the recommended clauses shown and numbered after the Definitions', () => {
		const shown = all(html, 'section[data-part]:not([hidden])').map((section) => attribute(section, 'data-part'));
		expect(shown).toEqual(['definitions', ...recommended, 'notes']);
		recommended.forEach((id, i) => {
			for (const l of LOCALES) {
				const heading = one(html, `section[data-part="${id}"] h4[lang="${LOCALE_INFO[l].lang}"]`);
				expect(textOf(heading)).toContain(clauses.find((c) => c.id === id)?.title[l]);
				expect(textOf(one(heading, '[data-number]'))).toBe(String(i + 2));
			}
		});
		// Every term a schedule always defines is there, with a blank for its deal detail.
		for (const [id, definition] of definitions) if (definition.always) expect(attribute(one(html, `[data-term="${id}"]`), 'hidden')).toBeUndefined();
		expect(all(html, 'bdi[data-field][data-blank]').length).toBeGreaterThan(0);
	});

	test('gives each clause its law as a footnote, cited as the sources page cites it, in both languages', () => {
		for (const { id } of clauses) {
			const cited = sourcesOf(id);
			if (cited.length === 0) continue;
			for (const l of LOCALES) {
				const expected = cited.map((source) => {
					const entry = sources.get(source);
					return formatCitation(entry?.pinpoint[l] ?? '', laws.get(entry?.law ?? '')?.short[l] ?? '', useTranslations(l));
				});
				expect(textOf(one(html, `#note-${id} [lang="${LOCALE_INFO[l].lang}"] [data-text]`))).toBe(expected.join('; '));
			}
		}
	});

	test('without JavaScript: a notice says what needs it, the buttons stay hidden, and the page’s language is chosen', () => {
		expect(textOf(one(html, 'oip-builder-form p.needs-js[data-needs-js]'))).toContain('JavaScript');
		expect(attribute(one(html, 'oip-builder-actions [data-panel]'), 'hidden')).toBe('');
		expect(attribute(one(html, 'oip-builder-actions [data-cta-box]'), 'hidden')).toBe('');
		expect(all(html, 'input[name="mode"][checked]').map((input) => attribute(input, 'value'))).toEqual([locale]);
		expect(all(one(html, 'main'), 'form')).toEqual([]);
	});

	test('carries the clause data the store lays the schedule out with, as JSON that cannot close its element', () => {
		const script = one(html, 'script#builder-data[type="application/json"]');
		expect(sourceText(script)).not.toContain('<');
		const data = JSON.parse(sourceText(script)) as BuilderData;
		expect(data.mode).toBe(locale);
		expect(data.index.clauses.map((c) => c.id)).toEqual(clauses.map((c) => c.id));
		expect(data.rules).toEqual(rules.map((rule) => ({ ...rule, when: rule.when.map(({ scope, location, org, share }) => ({ scope, location, org, share })) })));
	});
});

test('the calculator links to the builder, and the clause library guide and the menu do too', () => {
	for (const locale of LOCALES) {
		const builder = localizePath('/contract-builder/', locale);
		const calculator = parseHtml(readDist(`${localizePath('/calculator/', locale).slice(1)}index.html`));
		expect(attribute(one(calculator, 'oip-risk-share a[data-builder]'), 'href')).toBe(builder);
		const guide = parseHtml(readDist(`${localizePath('/guides/contract-clauses/', locale).slice(1)}index.html`));
		expect(all(one(guide, 'main'), 'a').map((a) => attribute(a, 'href'))).toContain(builder);
		expect(all(guide, 'header nav a').map((a) => attribute(a, 'href'))).toContain(builder);
	}
});
