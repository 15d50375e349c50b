// The calculator pages as built: the JavaScript budget, a form that works as plain HTML, and a methodology page
// that shows every number of the model straight from the data.
import { describe, expect, test } from 'vitest';
import { LOCALES } from '@/lib/i18n/locales';
import { localizePath } from '@/lib/i18n/localizePath';
import { ASSETS, LOCATIONS, ORGS, SAFEGUARDS, SCOPES } from '@/lib/risk/factors';
import { RISK_WEIGHTS } from '@/lib/risk/weights';
import { readDist, weighPage } from '../support/dist';

/** The calculator's JavaScript, gzip: every page of it, in total (the theme script included). */
const BUDGET = 8 * 1024;

const htmlFile = (path: string) => `${path.slice(1)}index.html`;
const calculatorPages = LOCALES.map((locale) => htmlFile(localizePath('/calculator/', locale)));
const methodologyPages = LOCALES.map((locale) => htmlFile(localizePath('/calculator/methodology/', locale)));

describe.each(calculatorPages)('%s', (file) => {
	const html = readDist(file);

	test(`loads at most ${BUDGET} bytes of JavaScript (gzip), counting every import`, () => {
		// Lazy chunks count too: the budget is everything the calculator runs, not only what it runs first.
		const { js, lazyJs, files, lazyFiles } = weighPage(file);
		const total = js.gzip + lazyJs.gzip;
		console.log(`${file}: ${total} bytes of JavaScript (gzip): ${[...files, ...lazyFiles].join(', ')} and inline scripts`);
		expect(files.some((f) => f.startsWith('/_astro/') && f.endsWith('.js'))).toBe(true);
		expect(total).toBeLessThanOrEqual(BUDGET);
	});

	test('renders every question as labelled radios or checkboxes, the defaults checked', () => {
		for (const [name, ids, type] of [
			['scope', SCOPES, 'radio'],
			['location', LOCATIONS, 'radio'],
			['org', ORGS, 'radio'],
			['share', ASSETS, 'checkbox'],
			['safeguards', SAFEGUARDS, 'checkbox'],
		] as const) {
			for (const id of ids) {
				const input = new RegExp(`<input[^>]*type="${type}"[^>]*name="${name}"[^>]*id="calc-${name}-${id}"[^>]*value="${id}"`);
				expect(html, `${name}=${id}`).toMatch(input);
				expect(html).toContain(`<label for="calc-${name}-${id}"`);
			}
		}
		expect(html.match(/<fieldset/g)).toHaveLength(5);
		expect(html.match(/<legend/g)).toHaveLength(5);
		const checked = [...html.matchAll(/<input[^>]*value="([a-z-]+)"[^>]*checked/g)].map((m) => m[1]);
		expect(checked).toEqual(['bpo', 'onshore', 'sme']);
	});

	test('has no form to submit (answers apply as they change) and links the methodology', () => {
		expect(html).not.toMatch(/<form\b/);
		expect(html).not.toMatch(/type="submit"/);
		expect(html).toMatch(/href="(\/bg)?\/calculator\/methodology\/"/);
	});

	test('shows no score without JavaScript: the result panels start hidden and a notice explains why', () => {
		expect(html).toMatch(/<p class="needs-js[^"]*"[^>]*data-needs-js[^>]*>[^<]*JavaScript[^<]*<\/p>/);
		expect(html.match(/<section[^>]*data-panel[^>]*hidden/g)).toHaveLength(3);
	});
});

/** Every number of an object tree with its dotted path. */
function leaves(value: unknown, path = ''): Array<[string, number]> {
	if (typeof value === 'number') return [[path, value]];
	return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

describe.each(methodologyPages)('%s', (file) => {
	const html = readDist(file);

	test('shows every weight of RISK_WEIGHTS once, with its value from the data', () => {
		const shown = [...html.matchAll(/data-weight="([^"]+)" data-value="([^"]+)"/g)].map((m) => [m[1], Number(m[2])]);
		expect(shown).toEqual(expect.arrayContaining(leaves(RISK_WEIGHTS)));
		expect(shown).toHaveLength(leaves(RISK_WEIGHTS).length);
	});

	test('ships no JavaScript besides the theme script, and links back to the calculator', () => {
		const { files, lazyFiles } = weighPage(file);
		expect([...files, ...lazyFiles]).toEqual([]);
		expect(html.match(/<script(?![^>]*application\/ld\+json)[^>]*>/g)).toHaveLength(1);
		expect(html).toMatch(/href="(\/bg)?\/calculator\/"/);
	});
});
