// Byte budgets of the statistics page (deterministic, so they are tests): what every visitor downloads at page
// load, and the chart chunk that only readers who ask for the interactive chart download.
import { expect, test } from 'vitest';
import { readDist, weighPage } from '../support/dist';

const INITIAL_JS_BUDGET = 4 * 1024;
const CHART_CHUNK_BUDGET = 50 * 1024;
const PAGES = ['statistics/index.html', 'bg/statistics/index.html'];

test.each(PAGES)('%s: the initial JavaScript (inline and loaded at page load) stays within 4 KB gzip', (page) => {
	const { js, files } = weighPage(page);
	console.log(`${page}: initial JS ${js.gzip} B gzip (${files.join(', ') || 'inline only'})`);
	expect(files.some((file) => /drawAdoptionChart/.test(file)), 'the chart module is not loaded at page load').toBe(false);
	expect(js.gzip).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
});

test.each(PAGES)('%s: the chart chunk (the lazy module and its Chart.js code) stays under 50 KB gzip', (page) => {
	const { lazyFiles, lazyJs } = weighPage(page);
	expect(lazyFiles[0]).toMatch(/\/drawAdoptionChart\.[\w-]+\.js$/);
	console.log(`${page}: chart chunk ${lazyJs.gzip} B gzip (${lazyFiles.join(', ')})`);
	expect(lazyJs.gzip).toBeLessThan(CHART_CHUNK_BUDGET);
	// Tree-shaken: the only Chart.js components in it are the ones the chart registers.
	const ids = lazyFiles.flatMap((file) => [...readDist(file.slice(1)).matchAll(/static id\s*=\s*["'`](\w+)["'`]/g)].map((m) => m[1]));
	expect(new Set(ids)).toEqual(new Set(['bar', 'category', 'linear']));
});
