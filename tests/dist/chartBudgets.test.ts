// Byte budgets of the statistics page (deterministic, so they are tests): what every visitor downloads at page
// load, and the chart chunk that only readers who scroll to the chart download.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { DIST, readDist } from '../support/dist';

const INITIAL_JS_BUDGET = 4 * 1024;
const CHART_CHUNK_BUDGET = 50 * 1024;
const PAGES = ['statistics/index.html', 'bg/statistics/index.html'];

const gzipSize = (text: string) => gzipSync(text).length;

/** A JS file's static and dynamic imports, as dist/ paths (the bundler writes relative or root-relative specifiers). */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
	const code = readDist(file);
	const resolve = (specifier: string) => new URL(specifier, `https://site.invalid/${file}`).pathname.slice(1);
	const dynamic = [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => resolve(m[1] ?? ''));
	const statics = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'`]([^"'`]+\.js)["'`]/g)].map((m) =>
		resolve(m[1] ?? ''),
	);
	return { static: statics, dynamic };
}

/** Every file reachable from `entries` through static imports. */
function staticClosure(entries: string[]): Set<string> {
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const file = queue.shift() as string;
		if (seen.has(file)) continue;
		expect(existsSync(join(DIST, file)), `${file} exists`).toBe(true);
		seen.add(file);
		queue.push(...importsOf(file).static);
	}
	return seen;
}

/** What the page runs at load (inline scripts, module scripts and their imports) and what it loads later (dynamic imports). */
function pageScripts(page: string) {
	const html = readDist(page);
	const tags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attributes: m[1] ?? '', body: m[2] ?? '' }));
	const inline = tags.filter((t) => !/\bsrc=/.test(t.attributes) && !/application\/ld\+json/.test(t.attributes)).map((t) => t.body);
	const external = tags.flatMap((t) => [.../\bsrc="([^"]+)"/.exec(t.attributes)?.slice(1) ?? []]);
	const preloaded = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
	const initial = staticClosure([...external, ...preloaded].map((src) => src.replace(/^\//, '')));
	const lazyEntries = [...initial].flatMap((file) => importsOf(file).dynamic);
	const lazy = [...staticClosure(lazyEntries)].filter((file) => !initial.has(file));
	return { inline, initial: [...initial], lazyEntries, lazy };
}

test.each(PAGES)('%s: the initial JavaScript (inline and loaded at page load) stays within 4 KB gzip', (page) => {
	const { inline, initial } = pageScripts(page);
	const size = inline.reduce((sum, body) => sum + gzipSize(body), 0) + initial.reduce((sum, file) => sum + gzipSize(readDist(file)), 0);
	console.log(`${page}: initial JS ${size} B gzip (${inline.length} inline, ${initial.join(', ')})`);
	expect(initial.some((file) => /drawAdoptionChart/.test(file)), 'the chart module is not loaded at page load').toBe(false);
	expect(size).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
});

test.each(PAGES)('%s: the chart chunk (the lazy module and its Chart.js code) stays under 50 KB gzip', (page) => {
	const { lazyEntries, lazy } = pageScripts(page);
	expect(lazyEntries.map((file) => file.replace(/^.*\//, ''))).toEqual([expect.stringMatching(/^drawAdoptionChart\.[\w-]+\.js$/)]);
	const size = lazy.reduce((sum, file) => sum + gzipSize(readDist(file)), 0);
	console.log(`${page}: chart chunk ${size} B gzip (${lazy.join(', ')})`);
	expect(size).toBeLessThan(CHART_CHUNK_BUDGET);
	// Tree-shaken: the only Chart.js components in it are the ones the chart registers.
	const ids = lazy.flatMap((file) => [...readDist(file).matchAll(/static id\s*=\s*["'`](\w+)["'`]/g)].map((m) => m[1]));
	expect(new Set(ids)).toEqual(new Set(['bar', 'category', 'linear']));
});
