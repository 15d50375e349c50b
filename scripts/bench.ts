// `npm run bench`: builds the site and prints, per page type, the bytes a first visit downloads, the requests it
// makes, Lighthouse mobile scores with LCP/TBT/CLS, the main thread's long tasks in a throttled trace, each beside the
// figure of the saved baseline; what a first search downloads and how soon it answers; and how build time grows with
// 100 and 1,000 extra guides.
// A measurement, not a test: timings vary with the machine, so nothing here fails.
// Options: --no-build (measure dist/ as it is), --pages-only (skip the search and build-scaling parts),
// --save-baseline (write this run's page figures to scripts/bench-baseline.json, the "before" of the next runs).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { pageWeight, type Bytes } from '../src/build/checks/pageWeight.ts';
import { readSocialCardStats } from './lib/socialCardStats.ts';
import { astroBin, astroEnv, ROOT } from './lib/astroCli.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { readBaseline, writeBaseline, type PageFigures } from './lib/benchBaseline.ts';
import { measureLongTasks } from './lib/longTasks.ts';
import { measuredPages } from './lib/pageTypes.ts';
import { startPreview } from './lib/previewServer.ts';
import { runLighthouse } from './lib/runLighthouse.ts';
import { measureBuildScaling } from './lib/buildScaling.ts';

const DIST = join(ROOT, 'dist');

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const pair = (b: Bytes) => `${kb(b.raw)} / ${kb(b.gzip)}`;

const options = new Set(process.argv.slice(2));
const pagesOnly = options.has('--pages-only');
let buildSeconds = Number.NaN;
if (!options.has('--no-build')) {
	console.log('Building…');
	const buildStarted = performance.now();
	execFileSync(process.execPath, [astroBin(), 'build'], { cwd: ROOT, stdio: 'ignore', env: astroEnv() });
	buildSeconds = (performance.now() - buildStarted) / 1000;
}
const PAGE_TYPES = measuredPages(DIST);
const baseline = readBaseline();
// Timed inside the build (src/build/integrations/socialCardStats.ts): the seconds the cards add to it.
const socialCards = readSocialCardStats(ROOT);

const fileOf = (path: string) => join(DIST, path, path.endsWith('/') ? 'index.html' : '');
const weights = PAGE_TYPES.map(({ type, path }) => ({
	type,
	path,
	weight: pageWeight(readFileSync(fileOf(path), 'utf8'), (sitePath) => readFileSync(join(DIST, sitePath), 'utf8')),
}));

/** The search measured: a first search per language, from a fresh browser page. */
const SEARCHES = [
	{ locale: 'en', path: '/search/?q=NDA' },
	{ locale: 'bg', path: `/bg/search/?q=${encodeURIComponent('споразумение')}` },
] as const;
const searches: { locale: string; path: string; ms: number; requests: number; bytes: number; results: number }[] = [];
const searchPage = pageWeight(readFileSync(fileOf('/search/'), 'utf8'), (sitePath) => readFileSync(join(DIST, sitePath), 'utf8'));
const pagefindDir = join(DIST, 'pagefind');
const sizeOf = (file: string) => statSync(join(pagefindDir, file)).size;
const indexBytes = (lang: string) =>
	['index', 'fragment'].map((folder) => readdirSync(join(pagefindDir, folder)).filter((f) => f.startsWith(`${lang}_`)).reduce((sum, f) => sum + sizeOf(join(folder, f)), 0));

const server = await startPreview(Number(process.env.BENCH_PORT ?? 4360));
const requests = new Map<string, number>();
const longTasks = new Map<string, Awaited<ReturnType<typeof measureLongTasks>>>();
let lighthouse;
try {
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: [...CHROMIUM_FLAGS],
	});
	for (const { path } of PAGE_TYPES) {
		const page = await browser.newPage();
		let count = 0;
		page.on('request', () => (count += 1));
		await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
		requests.set(path, count);
		await page.close();
	}
	console.log('Tracing the main thread (phone viewport, CPU 4× slower, median of 3 loads per page)…');
	for (const { path } of PAGE_TYPES) longTasks.set(path, await measureLongTasks(browser, `${server.origin}${path}`));
	// A first search in each language: what it downloads from /pagefind/ and how long until the results show.
	for (const { locale, path } of pagesOnly ? [] : SEARCHES) {
		const page = await browser.newPage();
		const loads: Promise<number>[] = [];
		page.on('response', (response) => {
			if (new URL(response.url()).pathname.startsWith('/pagefind/')) loads.push(response.body().then((body) => body.length));
		});
		await page.goto(`${server.origin}${path}`);
		await page.locator('[data-results] > li').first().waitFor();
		const ms = await page.evaluate(() => Math.round(performance.now()));
		const sizes = await Promise.all(loads);
		searches.push({ locale, path, ms, requests: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0), results: await page.locator('[data-results] > li').count() });
		await page.close();
	}
	await browser.close();
	console.log('Running Lighthouse (mobile preset, median of 3 runs per page)…');
	lighthouse = await runLighthouse(PAGE_TYPES.map((p) => `${server.origin}${p.path}`));
} finally {
	server.stop();
}

console.log('\nFirst load per page type (KB raw / gzip; CSS is inlined into the HTML, so HTML includes it)\n');
console.log('| page | HTML | of which CSS | JS at load | JS lazy | requests | perf | a11y | best pr. | SEO | LCP ms | TBT ms | CLS |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const rows = weights.map(({ type, path, weight }) => {
	const lh = lighthouse.get(`${server.origin}${path}`);
	const row = { type, path, html: weight.html, css: weight.css, js: weight.js, lazyJs: weight.lazyJs, requests: requests.get(path), lighthouse: lh, longTasks: longTasks.get(path) };
	console.log(
		`| ${type} | ${pair(weight.html)} | ${pair(weight.css)} | ${pair(weight.js)} | ${pair(weight.lazyJs)} | ${requests.get(path)} | ${lh?.performance} | ${lh?.accessibility} | ${lh?.bestPractices} | ${lh?.seo} | ${lh?.lcp} | ${lh?.tbt} | ${lh?.cls} |`,
	);
	return row;
});

const before = (type: string): PageFigures | undefined => baseline?.pages[type];
/** "now (before)", or just "now" when the baseline has no figure for the page. */
const vs = (now: number | undefined, was: number | undefined) => (was === undefined ? `${now ?? '–'}` : `${now ?? '–'} (${was})`);
console.log(
	`\nMain thread on a phone: Lighthouse's TBT (simulated), and a real trace with the CPU 4× slower: blocking time after the first paint, the longest task and what it did (ms)` +
		(baseline ? `; in brackets the baseline of ${baseline.date.slice(0, 10)} (${baseline.note})` : '; no baseline saved yet (--save-baseline)') +
		'\n',
);
console.log('| page | path | perf | TBT (Lighthouse) | blocking (trace) | tasks > 50 ms | longest task | longest task: style / layout / fonts / paint / parse / script / other |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const { type, path } of PAGE_TYPES) {
	const lh = lighthouse.get(`${server.origin}${path}`);
	const lt = longTasks.get(path);
	const was = before(type);
	const work = lt ? [lt.work.style, lt.work.layout, lt.work.fonts, lt.work.paint, lt.work.parse, lt.work.script, lt.work.other].map((n) => n.toFixed(0)).join(' / ') : '–';
	console.log(
		`| ${type} | ${path} | ${vs(lh?.performance, was?.performance)} | ${vs(lh?.tbt, was?.tbt)} | ${vs(lt?.blockingMs, was?.blockingMs)} | ${vs(lt?.longTasks, was?.longTasks)} | ${vs(lt?.longestMs, was?.longestMs)} | ${work} |`,
	);
}
if (options.has('--save-baseline')) {
	writeBaseline(
		process.env['BENCH_NOTE'] ?? 'saved with --save-baseline',
		Object.fromEntries(
			PAGE_TYPES.map(({ type, path }) => {
				const lh = lighthouse.get(`${server.origin}${path}`);
				const lt = longTasks.get(path);
				return [type, { path, performance: lh?.performance, tbt: lh?.tbt, blockingMs: lt?.blockingMs, longTasks: lt?.longTasks, longestMs: lt?.longestMs }];
			}),
		),
	);
	console.log('Saved these figures as the baseline: scripts/bench-baseline.json');
}

let searchIndexes: { lang: string; chunks: number; fragments: number }[] = [];
let scaling: Awaited<ReturnType<typeof measureBuildScaling>> = [];
if (!pagesOnly) {
	console.log('\nSearch (Pagefind; its index and engine files are stored gzip-compressed, so raw bytes are what travels)\n');
	console.log(`- search page's own JS: ${pair(searchPage.js)} KB raw / gzip; pagefind.js: ${kb(sizeOf('pagefind.js'))} / ${kb(gzipSync(readFileSync(join(pagefindDir, 'pagefind.js')), { level: 9 }).length)} KB`);
	for (const wasm of readdirSync(pagefindDir).filter((f) => f.startsWith('wasm.'))) console.log(`- ${wasm}: ${kb(sizeOf(wasm))} KB`);
	searchIndexes = ['en', 'bg'].map((lang) => {
		const [chunks = 0, fragments = 0] = indexBytes(lang);
		console.log(`- ${lang} index: ${kb(chunks)} KB of word chunks + ${kb(fragments)} KB of page fragments`);
		return { lang, chunks, fragments };
	});
	console.log('\n| first search | results | requests to /pagefind/ | KB downloaded | ms to results |');
	console.log('| --- | --- | --- | --- | --- |');
	for (const s of searches) console.log(`| ${decodeURI(s.path)} | ${s.results} | ${s.requests} | ${kb(s.bytes)} | ${s.ms} |`);
	console.log(
		`\nSocial cards: ${socialCards.cards} drawn in ${socialCards.seconds.toFixed(1)} s` +
			(Number.isNaN(buildSeconds) ? ' (last build; --no-build) ' : ` of the ${buildSeconds.toFixed(1)} s build (${((socialCards.seconds / buildSeconds) * 100).toFixed(0)} %) `) +
			`(${(socialCards.bytes / 1024).toFixed(0)} KB of PNG, ${(socialCards.bytes / 1024 / Math.max(socialCards.cards, 1)).toFixed(1)} KB a card).`,
	);

	console.log('\nBuild scaling (synthetic guides added to a temporary copy; English only)…');
	scaling = await measureBuildScaling([0, 100, 1000]);
	console.log('\n| extra guides | pages built | build s | s per 100 pages | of which social cards s |');
	console.log('| --- | --- | --- | --- | --- |');
	for (const s of scaling) console.log(`| ${s.extraGuides} | ${s.pages} | ${s.seconds.toFixed(1)} | ${((s.seconds / s.pages) * 100).toFixed(2)} | ${s.socialCardSeconds.toFixed(1)} |`);
	const [base, hundred, thousand] = scaling;
	if (base && hundred && thousand) {
		const marginal = (thousand.seconds - hundred.seconds) / 900;
		console.log(`\n1,000 vs 100 extra guides: ${(thousand.seconds / hundred.seconds).toFixed(2)}× the time for ${(thousand.pages / hundred.pages).toFixed(2)}× the pages; about ${(marginal * 1000).toFixed(0)} ms per extra guide.`);
	}
}

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(
	join(ROOT, 'bench-results', 'latest.json'),
	`${JSON.stringify({ date: new Date().toISOString(), rows, build: { seconds: buildSeconds, socialCards }, search: { page: searchPage, indexes: searchIndexes, searches }, scaling }, null, 2)}
`,
);
console.log('\nSaved bench-results/latest.json');
