// The legal layer as built: each guide's Sources section lists exactly what the guide cites, in citation order; term
// links lead to the glossary of the page's language; both glossaries and both sources pages hold the same entries.
import { describe, expect, test } from 'vitest';
import { LOCALES } from '@/lib/i18n/locales';
import { localizePath } from '@/lib/i18n/localizePath';
import { guideSlugs, readEntries } from '../support/content';
import { assertBuilt, readDist } from '../support/dist';
import { element } from '../support/html';

assertBuilt();
const pageFile = (path: string) => `${path.replace(/^\//, '')}index.html`;
const ids = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1] ?? '');
const glossaryIds = [...readEntries('glossary').keys()].sort();
const sourceIds = [...readEntries('sources').keys()].sort();

describe.each(LOCALES.flatMap((locale) => guideSlugs(locale).map((slug) => [locale, slug] as const)))('%s/%s', (locale, slug) => {
	const html = readDist(pageFile(localizePath(`/guides/${slug}/`, locale)));
	const sources = element(html, 'section', /class="sources"/) ?? '';
	const body = html.slice(0, html.indexOf('<section class="sources"'));

	test('ends with a Sources section listing each cited provision once, in the order the guide first cites it', () => {
		const cited = [...new Set(ids(body, /<a href="#source-([\w-]+)"/g))];
		expect(cited.length).toBeGreaterThan(0);
		expect(ids(sources, /<li id="source-([\w-]+)"/g)).toEqual(cited);
	});

	test('shows every source with its meaning and, behind a <details>, its quoted wording in a marked language', () => {
		const entries = ids(sources, /(<li id="source-[\s\S]*?<\/li>)/g);
		expect(entries.length).toBeGreaterThan(0);
		for (const entry of entries) expect(entry).toMatch(/<details\b[\s\S]*<summary\b[\s\S]*<blockquote lang="(en|bg)"/);
	});

	test("links glossary terms to the glossary in the page's language", () => {
		const terms = ids(body, /<a class="term" href="([^"]+)"/g);
		for (const href of terms) expect(href).toMatch(new RegExp(`^${localizePath('/glossary/', locale)}#[\\w-]+$`));
	});

	test('lists its Sources section in the table of contents', () => {
		expect(element(html, 'nav', /class="toc"/)).toContain('href="#sources"');
	});
});

describe.each(LOCALES)('%s glossary', (locale) => {
	const html = readDist(pageFile(localizePath('/glossary/', locale)));

	test('defines every glossary term, each under its own anchor', () => {
		expect(ids(html, /<div class="glossary-entry" id="([\w-]+)"/g).sort()).toEqual(glossaryIds);
		expect(glossaryIds.length).toBeGreaterThanOrEqual(25);
	});

	test('describes itself as a DefinedTermSet with one DefinedTerm per entry, linked to its anchor', () => {
		const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}';
		const data = JSON.parse(json) as { '@type': string; inLanguage: string; hasDefinedTerm: { '@type': string; url: string; name: string }[] };
		expect(data['@type']).toBe('DefinedTermSet');
		expect(data.inLanguage).toBe(locale);
		expect(data.hasDefinedTerm).toHaveLength(glossaryIds.length);
		for (const term of data.hasDefinedTerm) {
			expect(term['@type']).toBe('DefinedTerm');
			expect(term.url).toMatch(new RegExp(`${localizePath('/glossary/', locale)}#[\\w-]+$`));
		}
	});
});

describe.each(LOCALES)('%s sources page', (locale) => {
	test('lists every source exactly once', () => {
		const html = readDist(pageFile(localizePath('/sources/', locale)));
		expect(ids(html, /<li id="source-([\w-]+)"/g).sort()).toEqual(sourceIds);
	});

	test('names, under each source, every FAQ answer that rests on it', () => {
		const html = readDist(pageFile(localizePath('/sources/', locale)));
		for (const [id, entry] of readEntries<{ sources?: string[] }>('faq')) {
			for (const source of entry.sources ?? []) {
				expect(element(html, 'li', new RegExp(`id="source-${source}"`)), `${source} ← ${id}`).toContain(`href="${localizePath('/faq/', locale)}#${id}"`);
			}
		}
	});
});

const faqIds = [...readEntries('faq').keys()].sort();

describe.each(LOCALES)('%s FAQ', (locale) => {
	const html = readDist(pageFile(localizePath('/faq/', locale)));

	test('answers at least twelve questions, each a heading ending in "?", under the same anchors in every language', () => {
		expect(faqIds.length).toBeGreaterThanOrEqual(12);
		expect(ids(html, /<section class="faq-entry" id="([\w-]+)"/g).sort()).toEqual(faqIds);
		const questions = ids(html, /<h2 id="[\w-]+-question"[^>]*>([^<]+)<\/h2>/g);
		expect(questions).toHaveLength(faqIds.length);
		for (const question of questions) expect(question.trim().endsWith('?'), question).toBe(true);
	});

	test('links every answer to a guide of its own language', () => {
		for (const entry of ids(html, /(<section class="faq-entry"[\s\S]*?<\/section>)/g)) {
			expect(entry).toMatch(new RegExp(`href="${localizePath('/guides/', locale)}[\\w-]+/(#[\\w-]+)?"`));
		}
	});

	test('describes itself as a FAQPage with every question and its answer', () => {
		const json = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? '{}') as { '@type': string; mainEntity?: unknown[] });
		const faq = json.find((data) => data['@type'] === 'FAQPage');
		expect(faq?.mainEntity).toHaveLength(faqIds.length);
	});
});
