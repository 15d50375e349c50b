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
		for (const entry of ids(sources, /(<li id="source-[\s\S]*?<\/li>)/g)) {
			expect(entry).toMatch(/<details\b[\s\S]*<summary\b[\s\S]*<blockquote lang="(en|bg)"/);
		}
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
});
