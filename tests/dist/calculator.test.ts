// The calculator pages as built: the JavaScript budget, a form that works as plain HTML, and a methodology page
// that shows every number of the model straight from the data.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { LOCALES } from '@/lib/i18n/locales';
import { localizePath } from '@/lib/i18n/localizePath';
import { ASSETS, LOCATIONS, ORGS, SAFEGUARDS, SCOPES } from '@/lib/risk/factors';
import { RISK_WEIGHTS } from '@/lib/risk/weights';
import { DIST, readDist } from '../support/dist';

/** The calculator's JavaScript, gzip: every page of it, in total (the theme script included). */
const BUDGET = 8 * 1024;

const htmlFile = (path: string) => `${path.slice(1)}index.html`;
const calculatorPages = LOCALES.map((locale) => htmlFile(localizePath('/calculator/', locale)));
const methodologyPages = LOCALES.map((locale) => htmlFile(localizePath('/calculator/methodology/', locale)));

/** Every /_astro/*.js file a module imports (static or dynamic), by path from the site root. */
function importsOf(code: string, from: string): string[] {
	const specifiers = [...code.matchAll(/(?:\bimport\s*\(?\s*|\bfrom\s*)["'`]([^"'`]+\.js)["'`]/g)].map((m) => m[1] as string);
	return specifiers.map((specifier) => new URL(specifier, `https://site.invalid${from}`).pathname);
}

/** The gzip size of every script a page runs: inline bodies, external files and everything they import, each once. */
function pageScripts(html: string): Array<{ name: string; gzip: number }> {
	const scripts: Array<{ name: string; gzip: number }> = [];
	const pending: string[] = [];
	for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		if (/type="application\/(ld\+)?json"/.test(attributes)) continue;
		const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1];
		if (src) pending.push(src);
		else {
			scripts.push({ name: 'inline script', gzip: gzipSync(body, { level: 9 }).length });
			pending.push(...importsOf(body, '/'));
		}
	}
	for (const [, href = ''] of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) pending.push(href);
	const seen = new Set<string>();
	while (pending.length > 0) {
		const path = pending.pop() as string;
		if (seen.has(path)) continue;
		seen.add(path);
		expect(path, 'scripts are served from this site').toMatch(/^\/_astro\/[^/]+\.js$/);
		const file = join(DIST, path);
		expect(existsSync(file), `${path} exists`).toBe(true);
		const code = readDist(path.slice(1));
		scripts.push({ name: path, gzip: gzipSync(code, { level: 9 }).length });
		pending.push(...importsOf(code, path));
	}
	return scripts;
}

describe.each(calculatorPages)('%s', (file) => {
	const html = readDist(file);

	test(`loads at most ${BUDGET} bytes of JavaScript (gzip), counting every import`, () => {
		const scripts = pageScripts(html);
		const total = scripts.reduce((sum, script) => sum + script.gzip, 0);
		console.log(`${file}: ${total} bytes of JavaScript (gzip) in ${scripts.length} scripts\n${scripts.map((s) => `  ${s.gzip}\t${s.name}`).join('\n')}`);
		expect(scripts.some((s) => s.name.startsWith('/_astro/'))).toBe(true);
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
		expect(pageScripts(html).map((s) => s.name)).toEqual(['inline script']);
		expect(html).toMatch(/href="(\/bg)?\/calculator\/"/);
	});
});
