// The legal layer as built: each guide's Sources section lists exactly what the guide cites, in citation order; term
// links lead to the glossary of the page's language; both glossaries and both languages' sources pages (a list of acts,
// one page per act) hold the same entries; a Bulgarian page shows EU law in Bulgarian, or says it shows English wording
// and links the official Bulgarian text.
import { describe, expect, test } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/i18n/locales';
import { siteConfig } from '@/site.config';
import { localizePath } from '@/lib/i18n/localizePath';
import { bg } from '@/lib/i18n/ui/bg';
import { en } from '@/lib/i18n/ui/en';
import { actPagePath, sourceHref } from '@/lib/legal/actPages';
import { guideSlugs, readEntries } from '../support/content';
import { assertBuilt, htmlFiles, readDist } from '../support/dist';
import { BULGARIAN_TEXT_NOT_YET_READ, type LawYaml, type SourceYaml } from '../support/legalQuotes';
import { all, attribute, one, parseHtml, textOf, type Element, type Root } from '../support/html';

assertBuilt();
const page = (path: string) => parseHtml(readDist(`${path.replace(/^\//, '')}index.html`));
const ids = (elements: readonly Element[]) => elements.map((element) => attribute(element, 'id') ?? '');
const hrefs = (elements: readonly Element[]) => elements.map((element) => attribute(element, 'href') ?? '');
const jsonLd = (html: Root) => all(html, 'script[type="application/ld+json"]').map((script) => JSON.parse(textOf(script)) as { '@type': string });
const glossaryIds = [...readEntries('glossary').keys()].sort();
const sourceEntries = readEntries<{ checked: string; law: string }>('sources');
const lawIdOf = (id: string) => sourceEntries.get(id)?.law ?? '';

describe.each(LOCALES.flatMap((locale) => guideSlugs(locale).map((slug) => [locale, slug] as const)))('%s/%s', (locale, slug) => {
	const html = page(localizePath(`/guides/${slug}/`, locale));
	const sources = one(html, 'section.sources');

	test('ends with a Sources section listing each cited provision once, in the order the guide first cites it', () => {
		const cited = [...new Set(hrefs(all(html, '.cite a')).map((href) => href.replace(/^#source-/, '')))];
		expect(cited.length).toBeGreaterThan(0);
		expect(ids(all(sources, 'li[id^="source-"]')).map((id) => id.replace(/^source-/, ''))).toEqual(cited);
	});

	test("shows every source with its meaning and a link to its wording on its act's page, not the wording itself", () => {
		const entries = all(sources, 'li[id^="source-"]');
		expect(entries.length).toBeGreaterThan(0);
		for (const entry of entries) {
			const id = (attribute(entry, 'id') ?? '').replace(/^source-/, '');
			expect(all(entry, 'details, blockquote'), id).toHaveLength(0);
			expect(hrefs(all(entry, 'a')), id).toContain(sourceHref(lawIdOf(id), id, locale));
		}
	});

	test("links glossary terms to the glossary in the page's language", () => {
		for (const href of hrefs(all(html, 'a.term'))) expect(href).toMatch(new RegExp(`^${localizePath('/glossary/', locale)}#[\\w-]+$`));
	});

	test('says when its law was last checked (the oldest check of the provisions it cites) and by whom, from the configuration', () => {
		const cited = ids(all(sources, 'li[id^="source-"]')).map((id) => id.replace(/^source-/, ''));
		const dates = cited.map((id) => String(sourceEntries.get(id)?.checked));
		const oldest = [...dates].sort()[0];
		const line = one(html, '.guide-meta .law-checked');
		expect(attribute(one(line, 'time'), 'datetime')).toBe(oldest);
		const { name, title } = siteConfig.firm.reviewer;
		expect(textOf(line)).toContain(`${name[locale]}, ${title[locale]}`);
	});

	test('lists its Sources section in the table of contents', () => {
		expect(hrefs(all(one(html, 'nav.toc'), 'a'))).toContain('#sources');
	});
});

describe.each(LOCALES)('%s glossary', (locale) => {
	const html = page(localizePath('/glossary/', locale));

	test('defines every glossary term, each under its own anchor', () => {
		expect(ids(all(html, 'div.glossary-entry')).sort()).toEqual(glossaryIds);
	});

	test('describes itself as a DefinedTermSet with one DefinedTerm per entry, linked to its anchor', () => {
		const [data] = jsonLd(html) as { '@type': string; inLanguage: string; hasDefinedTerm: { '@type': string; url: string; name: string }[] }[];
		expect(data?.['@type']).toBe('DefinedTermSet');
		expect(data?.inLanguage).toBe(locale);
		expect(data?.hasDefinedTerm).toHaveLength(glossaryIds.length);
		for (const term of data?.hasDefinedTerm ?? []) {
			expect(term['@type']).toBe('DefinedTerm');
			expect(term.url).toMatch(new RegExp(`${localizePath('/glossary/', locale)}#[\\w-]+$`));
		}
	});
});

const laws = readEntries<LawYaml>('laws');
const sources = readEntries<SourceYaml>('sources');
const sourcesByLaw = Map.groupBy([...sources], ([, source]) => source.law);
const actIds = [...sourcesByLaw.keys()].sort();

describe.each(LOCALES)('%s sources pages', (locale) => {
	const index = page(localizePath('/sources/', locale));
	const actPage = (law: string) => page(localizePath(actPagePath(law), locale));

	test('list every act the sources cite, each linking its own page', () => {
		expect(ids(all(index, 'section.act > h2')).sort()).toEqual(actIds.map((law) => `law-${law}`));
		for (const law of actIds) expect(hrefs(all(index, `h2#law-${law} a`))).toEqual([localizePath(actPagePath(law), locale)]);
	});

	test("link every source once from the list of acts, to its anchor on its act's page", () => {
		const expected = actIds.flatMap((law) => (sourcesByLaw.get(law) ?? []).map(([id]) => sourceHref(law, id, locale)));
		expect(hrefs(all(index, 'section.act > p:not(.muted) a')).sort()).toEqual(expected.sort());
	});

	test("give each act a page listing exactly that act's sources, under the act's name", () => {
		for (const law of actIds) {
			const html = actPage(law);
			expect(ids(all(html, 'h1')), law).toEqual([`law-${law}`]);
			expect(ids(all(html, 'li[id^="source-"]')).map((id) => id.replace(/^source-/, '')).sort(), law).toEqual((sourcesByLaw.get(law) ?? []).map(([id]) => id).sort());
		}
	});

	test('names, under each source, every FAQ answer that rests on it', () => {
		for (const [id, entry] of readEntries<{ sources?: string[] }>('faq')) {
			for (const source of entry.sources ?? []) {
				expect(hrefs(all(one(actPage(sources.get(source)?.law ?? ''), `li#source-${source}`), 'a')), `${source} ← ${id}`).toContain(`${localizePath('/faq/', locale)}#${id}`);
			}
		}
	});

	test('link the law behind each glossary term and FAQ answer to its anchor on its act page', () => {
		for (const path of ['/glossary/', '/faq/']) {
			const links = hrefs(all(page(localizePath(path, locale)), 'a')).filter((href) => href.includes('#source-'));
			expect(links.length, path).toBeGreaterThan(0);
			for (const href of links) expect(href, path).toMatch(new RegExp(`^${localizePath('/sources/', locale)}[a-z0-9-]+/#source-[a-z0-9-]+$`));
		}
	});

	test("link every act's official texts, the page's language first, in the list of acts and on the act's page", () => {
		for (const law of actIds) {
			const expected = [locale, ...LOCALES.filter((l) => l !== locale)].flatMap((lang) => laws.get(law)?.url?.[lang] ?? []);
			for (const html of [index, actPage(law)]) expect(hrefs(all(html, `section[aria-labelledby="law-${law}"] > p.muted a[hreflang]`)), law).toEqual(expected);
		}
	});
});

const faqIds = [...readEntries('faq').keys()].sort();

describe.each(LOCALES)('%s FAQ', (locale) => {
	const html = page(localizePath('/faq/', locale));
	const entries = all(html, 'section.faq-entry');

	test('answers at least twelve questions, each a heading ending in "?", under the same anchors in every language', () => {
		expect(faqIds.length).toBeGreaterThanOrEqual(12);
		expect(ids(entries).sort()).toEqual(faqIds);
		const questions = entries.map((entry) => textOf(one(entry, `h2#${attribute(entry, 'id') ?? ''}-question`)));
		for (const question of questions) expect(question.endsWith('?'), question).toBe(true);
	});

	test('links every answer to a guide of its own language', () => {
		const guideLink = new RegExp(`^${localizePath('/guides/', locale)}[\\w-]+/(#[\\w-]+)?$`);
		for (const entry of entries) expect(hrefs(all(entry, 'a')).some((href) => guideLink.test(href)), attribute(entry, 'id')).toBe(true);
	});

	test('describes itself as a FAQPage with every question and its answer', () => {
		const faq = (jsonLd(html) as { '@type': string; mainEntity?: unknown[] }[]).find((data) => data['@type'] === 'FAQPage');
		expect(faq?.mainEntity).toHaveLength(faqIds.length);
	});
});

const lawOf = (id: string) => laws.get(sources.get(id)?.law ?? '');
const UI = { en, bg } as const;
/** The locale of a built page, from its path. */
const localeOf = (file: string) => LOCALES.find((l) => l !== DEFAULT_LOCALE && file.startsWith(localizePath('/', l).slice(1))) ?? DEFAULT_LOCALE;
/** Every built page of a locale that lists sources (a guide's Sources section, an act's sources page), with its entries. */
/** The pages that quote provisions (each act's page; a guide's Sources section links there instead). */
const pagesListingSources = (locale: Locale) =>
	htmlFiles()
		.filter((file) => localeOf(file) === locale)
		.map((file) => ({ file, entries: all(parseHtml(readDist(file)), 'li.source-entry').filter((entry) => all(entry, 'details blockquote').length > 0) }))
		.filter(({ entries }) => entries.length > 0);

describe.each(LOCALES)('%s pages that list sources', (locale) => {
	const pages = pagesListingSources(locale);

	test("include every act's sources page", () => {
		const paths = actIds.map(actPagePath);
		expect(pages.map(({ file }) => file)).toEqual(expect.arrayContaining(paths.map((path) => `${localizePath(path, locale).slice(1)}index.html`)));
	});

	test("show a wording in another language only under a label that says so, with a link to the act's official text in the page's language where it has one", () => {
		for (const { file, entries } of pages) {
			for (const entry of entries) {
				const id = (attribute(entry, 'id') ?? '').replace(/^source-/, '');
				const lang = attribute(one(entry, 'details blockquote'), 'lang') ?? '';
				if (lang === locale) continue;
				expect(textOf(one(entry, 'details > summary')), `${file} ${id}`).toBe(UI[locale][lang === 'en' ? 'sources.wordingIn.en' : 'sources.wordingIn.bg']);
				const official = lawOf(id)?.url?.[locale];
				if (official !== undefined) expect(hrefs(all(entry, `details a[hreflang="${locale}"]`)), `${file} ${id}`).toEqual([official]);
			}
		}
	});
});

describe('Bulgarian pages', () => {
	const pages = pagesListingSources('bg');

	test('quote in a language other than Bulgarian only treaties, whose authentic texts are not Bulgarian, and EU provisions whose Bulgarian text is listed as not read yet', () => {
		const shownInOtherLanguage = new Set<string>();
		for (const { file, entries } of pages) {
			for (const entry of entries) {
				const id = (attribute(entry, 'id') ?? '').replace(/^source-/, '');
				if (attribute(one(entry, 'details blockquote'), 'lang') === 'bg') continue;
				shownInOtherLanguage.add(id);
				const law = lawOf(id);
				expect(law?.jurisdiction === 'international' || (law?.jurisdiction === 'eu' && id in BULGARIAN_TEXT_NOT_YET_READ), `${file} ${id}`).toBe(true);
				if (law?.jurisdiction === 'eu') expect(hrefs(all(entry, 'details a[hreflang="bg"]')), `${file} ${id}`).toEqual([BULGARIAN_TEXT_NOT_YET_READ[id]?.copyFrom]);
			}
		}
		// Every provision is on its act's page, so each one quoted in English shows up here.
		expect([...shownInOtherLanguage].filter((id) => lawOf(id)?.jurisdiction === 'eu').sort()).toEqual(Object.keys(BULGARIAN_TEXT_NOT_YET_READ).sort());
	});
});
