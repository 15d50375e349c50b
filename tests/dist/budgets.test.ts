// Byte budgets: deterministic, so they are tests. Timings live in the benchmark script.
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { firstScreenHtml } from '@/build/checks/pageWeight';
import { BRAND_FONT_VARIABLE } from '@/lib/look/fonts';
import { siteConfig } from '@/site.config';
import { readClauses } from '../support/content';
import { htmlFiles, pageScripts, readDist, weighPage } from '../support/dist';
import { all, attribute, parseHtml, sourceText } from '../support/html';

const guidePages = htmlFiles().filter((file) => /(^|\/)guides\/[^/]+\/index\.html$/.test(file));

test('there are guide pages to check', () => {
	expect(guidePages.length).toBeGreaterThanOrEqual(10);
});

test.each(guidePages)('%s ships no JavaScript besides the inline theme script (and the analytics a firm set)', (file) => {
	const html = parseHtml(readDist(file));
	// A firm's analytics, when its configuration sets it, is on every page: tests/dist/analytics.test.ts checks it.
	expect(pageScripts(file)).toEqual([]);
	expect(all(html, 'script[type="module"]:not([src])').map(sourceText)).toEqual([]);
	const executable = all(html, 'script:not([type="application/ld+json"]):not([src])').map(sourceText);
	expect(executable).toHaveLength(1);
	expect(executable[0]).toContain('data-theme-toggle');
	// The theme script stays small: it runs before first paint on every page.
	expect(gzipSync(executable[0] ?? '').length).toBeLessThan(600);
	expect(all(html, 'link[rel~="modulepreload"]').map((link) => attribute(link, 'href'))).toEqual([]);
});

/** One TCP round trip: ten segments of 1,460 bytes (the initial congestion window). */
const FIRST_ROUND_TRIP = 14_600;

/**
 * The clause library's allowance per clause, everything included (its heading, risk, numbered sample wording, advice,
 * law and its share of the Sources section and the table of contents): the Bulgarian page measured 1,407 B gzip a
 * clause with 23 clauses (32,366 B). The page is the one long reference page of the site, kept whole so a reader can read and
 * print the library at once; its first screen still arrives in one round trip like every page's. A new clause brings
 * its allowance; a clause or a template change that makes every clause heavier fails here.
 */
const PER_CLAUSE = 1_500;
const CLAUSES = readClauses().length;

/**
 * Whole-page budgets (gzip). Most pages fit entirely in the first round trip. Long reference pages may not: a guide
 * that cites its law ends with a Sources section of quoted provisions, and the glossary and sources pages are lists.
 * Their first screen still arrives in one round trip (tested below); the rest streams in behind it. Guides and the
 * sources pages (one per act, since one page for every act outgrew this budget) stay under the 22.6 KB gzip of a
 * Starlight docs page (the benchmark's reference); the glossary under 17 KB. One page is allowed more: the clause
 * library, PER_CLAUSE a clause (above). When an act's page nears its budget, split it by chapter rather than raise the
 * number. The calculator page holds an application rather than text: below its questions come the result, the ranked
 * safeguards, twelve prerendered what-if alternatives and the share panel (about 1.3 KB gzip more than one round trip
 * in Bulgarian); its first screen, the lead and the first questions, still arrives in one.
 */
/**
 * The contract builder holds the whole clause library twice (every clause's wording in English and Bulgarian, so a
 * reader can tick any clause and switch languages without a request) plus its checklist and form: its weight grows with
 * the library. Measured 37.5 KB (English) and 39.6 KB gzip for 23 clauses, about 1.2 KB a clause on 12 KB of page;
 * 12 KB and 1.25 KB a clause leaves room for the wording to grow. Its first screen still arrives in one round trip.
 */
const BUILDER_PAGE = 12_000 + 1_250 * readClauses().length;

const WHOLE_PAGE: readonly { pattern: RegExp; budget: number }[] = [
	{ pattern: /(^|\/)contract-builder\/index\.html$/, budget: BUILDER_PAGE },
	{ pattern: /(^|\/)guides\/contract-clauses\/index\.html$/, budget: PER_CLAUSE * CLAUSES },
	{ pattern: /(^|\/)(guides\/[^/]+|sources(\/[^/]+)?)\/index\.html$/, budget: 22_000 },
	{ pattern: /(^|\/)glossary\/index\.html$/, budget: 17_000 },
	{ pattern: /(^|\/)calculator\/index\.html$/, budget: 16_000 },
	{ pattern: /./, budget: FIRST_ROUND_TRIP },
];

test.each(htmlFiles())('%s: the first screen arrives in one round trip (≤ 14,600 B gzip), with no linked CSS', (file) => {
	const weight = weighPage(file);
	// CSS is inlined into the HTML, so the HTML's gzip size already carries it; linked CSS would add a round trip.
	expect(weight.files.filter((f) => f.endsWith('.css'))).toHaveLength(0);
	expect(gzipSync(firstScreenHtml(readDist(file)), { level: 9 }).length).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
});

/**
 * The brand typeface (`look.font`): its @font-face rules and metric-matched fallbacks in every page's <head>, and the
 * preload of one file (the others load lazily, by unicode-range). Measured 489–557 B gzip a page with IBM Plex Sans.
 * The whole-page budgets make room for exactly this much when a typeface is chosen; the first round trip does not.
 */
const TYPEFACE_CSS = siteConfig.look?.font ? 600 : 0;

/** A page without the typeface: its @font-face <style>, its preload and the rule that sets the text in it. */
const withoutTypeface = (html: string) =>
	html
		.replace(/<style>[^<]*@font-face[^<]*<\/style>/, '')
		.replace(/<link rel="preload"[^>]*as="font"[^>]*>/, '')
		.replace(`:root{--font-sans:var(${BRAND_FONT_VARIABLE})}`, '');

/**
 * A firm's analytics (`analytics`): the tracker's tag, its origin in the policy and the footer's link to what is counted,
 * 80–120 B gzip a page (tests/build/analytics.test.ts proves they are all it adds). The whole-page budgets make room for
 * this much when analytics is set.
 */
const ANALYTICS_HTML = siteConfig.analytics ? 128 : 0;

test.each(htmlFiles())('%s: the whole page stays within its budget', (file) => {
	const budget = WHOLE_PAGE.find(({ pattern }) => pattern.test(file))?.budget ?? FIRST_ROUND_TRIP;
	expect(weighPage(file).html.gzip).toBeLessThanOrEqual(budget + TYPEFACE_CSS + ANALYTICS_HTML);
});

test.runIf(TYPEFACE_CSS > 0)('the typeface’s CSS and preload cost each page at most their allowance in gzip', () => {
	for (const file of htmlFiles()) {
		const html = readDist(file);
		const cost = gzipSync(html, { level: 9 }).length - gzipSync(withoutTypeface(html), { level: 9 }).length;
		expect(cost, file).toBeGreaterThan(0);
		expect(cost, file).toBeLessThanOrEqual(TYPEFACE_CSS);
	}
});
