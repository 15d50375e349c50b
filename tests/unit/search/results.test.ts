import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitGraphemes } from '@/lib/i18n/graphemes';
import { translator } from '@/lib/i18n/translator';
import { dictionaries } from '@/lib/i18n/useTranslations';
import { LOCALES, LOCALE_INFO } from '@/lib/i18n/locales';
import {
	decodeEntities,
	excerptParts,
	MAX_QUERY_LENGTH,
	MAX_SECTIONS,
	moreLabel,
	RESULTS_PER_STEP,
	normaliseQuery,
	searchHit,
	searchStatus,
	sectionHits,
	SEARCH_KEYS,
	type PagefindResultData,
} from '@/lib/search/results';

/** Text escaped the way Pagefind escapes page text in an excerpt. */
const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

describe('decodeEntities', () => {
	test('turns named, decimal and hexadecimal references back into characters', () => {
		expect(decodeEntities('A &amp; B &lt;C&gt; &quot;d&quot; &#39;e&#39; &#x27;f&#x27; &apos;g&apos; x&nbsp;y')).toBe('A & B <C> "d" \'e\' \'f\' \'g\' x\u00a0y');
	});

	test('leaves unknown or impossible references as they are', () => {
		expect(decodeEntities('&bogus; &#0; &#x110000; & alone')).toBe('&bogus; &#0; &#x110000; & alone');
	});

	test('undoes escaping exactly, for any text', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				expect(decodeEntities(escape(text))).toBe(text);
			}),
		);
	});
});

describe('excerptParts', () => {
	test('splits highlighted and plain runs', () => {
		expect(excerptParts('Sign an <mark>NDA</mark> before the <mark>NDA</mark> talks')).toEqual([
			{ text: 'Sign an ', mark: false },
			{ text: 'NDA', mark: true },
			{ text: ' before the ', mark: false },
			{ text: 'NDA', mark: true },
			{ text: ' talks', mark: false },
		]);
	});

	test('decodes escaped text, so markup in the page text stays text', () => {
		expect(excerptParts('&lt;script&gt; and <mark>R&amp;D</mark>')).toEqual([
			{ text: '<script> and ', mark: false },
			{ text: 'R&D', mark: true },
		]);
	});

	test('drops other tags, merges adjacent marks and leaves out empty runs', () => {
		expect(excerptParts('<mark></mark><mark>тайна</mark><mark>та</mark> <b>x</b>')).toEqual([
			{ text: 'тайната', mark: true },
			{ text: ' x', mark: false },
		]);
		expect(excerptParts('')).toEqual([]);
	});

	test('keeps every character of the text, in order, whatever the marks', () => {
		const runs = fc.array(fc.record({ text: fc.string(), mark: fc.boolean() }));
		fc.assert(
			fc.property(runs, (given) => {
				const html = given.map(({ text, mark }) => (mark ? `<mark>${escape(text)}</mark>` : escape(text))).join('');
				const parts = excerptParts(html);
				expect(parts.map((part) => part.text).join('')).toBe(given.map((run) => run.text).join(''));
				expect(parts.every((part) => part.text !== '')).toBe(true);
				for (let i = 1; i < parts.length; i++) expect(parts[i]?.mark).not.toBe(parts[i - 1]?.mark);
			}),
		);
	});
});

const result = (overrides: Partial<PagefindResultData> = {}): PagefindResultData => ({
	url: '/guides/safeguards/',
	excerpt: 'the <mark>NDA</mark> first',
	meta: { title: 'Safeguards' },
	sub_results: [
		{ title: 'Safeguards', url: '/guides/safeguards/', excerpt: 'intro', locations: [1, 2, 3, 4] },
		{ title: 'Checklist', url: '/guides/safeguards/#checklist', excerpt: 'an <mark>NDA</mark>', locations: [90] },
		{ title: 'NDA', url: '/guides/safeguards/#nda', excerpt: '<mark>NDA</mark> comes first', locations: [10, 12, 15] },
		{ title: 'Sources', url: '/guides/safeguards/#sources', excerpt: 'NDA', locations: [80, 81] },
		{ title: 'Audit', url: '/guides/safeguards/#audit', excerpt: 'NDA', locations: [60, 62] },
	],
	...overrides,
});

describe('sectionHits', () => {
	test('lists the sections with the most matches first, page order among equals, at most MAX_SECTIONS', () => {
		expect(sectionHits(result()).map((section) => section.url)).toEqual(['/guides/safeguards/#nda', '/guides/safeguards/#sources', '/guides/safeguards/#audit']);
		expect(MAX_SECTIONS).toBe(3);
		expect(sectionHits(result(), 1).map((section) => section.title)).toEqual(['NDA']);
	});

	test('leaves out the text before the first heading, untitled sections and links to other pages', () => {
		const hits = sectionHits(
			result({
				sub_results: [
					{ title: 'Page', url: '/guides/safeguards/', excerpt: '' },
					{ title: '  ', url: '/guides/safeguards/#x', excerpt: '' },
					{ title: 'Elsewhere', url: '/guides/other/#y', excerpt: '' },
					{ title: ' Kept ', url: '/guides/safeguards/#kept', excerpt: 'a &amp; b' },
				],
			}),
		);
		expect(hits).toEqual([{ title: 'Kept', url: '/guides/safeguards/#kept', excerpt: [{ text: 'a & b', mark: false }] }]);
	});

	test('a result without sub-results has no sections', () => {
		expect(sectionHits(result({ sub_results: undefined }))).toEqual([]);
	});
});

describe('searchHit', () => {
	test('carries the title, the address, the excerpt and the sections', () => {
		const hit = searchHit(result());
		expect(hit.title).toBe('Safeguards');
		expect(hit.url).toBe('/guides/safeguards/');
		expect(hit.excerpt).toEqual([
			{ text: 'the ', mark: false },
			{ text: 'NDA', mark: true },
			{ text: ' first', mark: false },
		]);
		expect(hit.sections).toHaveLength(3);
	});

	test('a page without a title is named by its address', () => {
		expect(searchHit(result({ meta: {} })).title).toBe('/guides/safeguards/');
		expect(searchHit(result({ meta: { title: '   ' } })).title).toBe('/guides/safeguards/');
	});
});

describe('normaliseQuery', () => {
	test('collapses spaces and trims', () => {
		expect(normaliseQuery('  trade \n\t secret  ')).toBe('trade secret');
		expect(normaliseQuery('   ')).toBe('');
	});

	test('never exceeds MAX_QUERY_LENGTH characters (counting Cyrillic and emoji as one) and is stable', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (raw) => {
				const query = normaliseQuery(raw);
				expect(splitGraphemes(query).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
				expect(normaliseQuery(query)).toBe(query);
				expect(query).toBe(query.trim());
			}),
		);
		expect(normaliseQuery('я'.repeat(150))).toBe('я'.repeat(MAX_QUERY_LENGTH));
	});
});

describe('searchStatus', () => {
	const en = translator(dictionaries.en, LOCALE_INFO.en.intl);
	const bg = translator(dictionaries.bg, LOCALE_INFO.bg.intl);

	test('prompts before a query, then counts the pages, in each language', () => {
		expect(searchStatus('', 5, en)).toBe(dictionaries.en['search.prompt']);
		expect(searchStatus('NDA', 0, en)).toBe('No page matches “NDA”. Try a shorter word, or another term for the same thing.');
		expect(searchStatus('NDA', 1, en)).toBe('1 page matches “NDA”.');
		expect(searchStatus('NDA', 12, en)).toBe('12 pages match “NDA”.');
		expect(searchStatus('тайна', 1, bg)).toBe('1 страница съдържа „тайна“.');
		expect(searchStatus('тайна', 12, bg)).toBe('12 страници съдържат „тайна“.');
	});

	test('the island carries every string it uses, in every language', () => {
		for (const locale of LOCALES) {
			const strings = Object.fromEntries(SEARCH_KEYS.map((key) => [key, dictionaries[locale][key]]));
			const t = translator(strings, LOCALE_INFO[locale].intl);
			for (const text of [searchStatus('', 0, t), searchStatus('q', 0, t), searchStatus('q', 1, t), searchStatus('q', 2, t), t('search.failed'), t('search.sections', { title: 'x' })]) {
				expect(text).not.toMatch(/search\.|\{\w+\}/);
			}
		}
	});
});

describe('moreLabel', () => {
	const en = translator(dictionaries.en, LOCALE_INFO.en.intl);
	const bg = translator(dictionaries.bg, LOCALE_INFO.bg.intl);

	test('offers the next step of results, or what is left when fewer remain', () => {
		expect(RESULTS_PER_STEP).toBe(5);
		expect(moreLabel(12, 5, en)).toBe('Show 5 more (7 not shown yet)');
		expect(moreLabel(12, 10, en)).toBe('Show 2 more (2 not shown yet)');
		expect(moreLabel(12, 10, bg)).toBe('Покажи още 2 (остават 2)');
		expect(moreLabel(3, 5, en)).toBe('Show 0 more (0 not shown yet)');
	});
});
