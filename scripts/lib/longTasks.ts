// The main thread's long tasks on a page load, from a real Chromium performance trace: a phone-sized viewport and the
// CPU slowed 4× (Lighthouse's mobile preset), so the figures compare with Lighthouse's Total Blocking Time but come
// from what the browser actually did rather than from Lighthouse's simulation, which makes them steadier.
import type { Browser } from '@playwright/test';
import { longTaskFigures, type LongTaskFigures, type TraceEvent } from '../../src/build/checks/longTasks.ts';

/** Lighthouse's mobile preset: a Moto G Power's screen, and a CPU four times slower than the machine's. */
const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true } as const;
const CPU_SLOWDOWN = 4;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'fonts'];

/** Loads `url` once in a fresh context and returns its long tasks. */
async function traceOnce(browser: Browser, url: string): Promise<LongTaskFigures> {
	const context = await browser.newContext(MOBILE);
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		await browser.startTracing(page, { categories: CATEGORIES });
		await page.goto(url, { waitUntil: 'load' });
		// Quiet: two idle periods in a row after the load event (no timer, however slow the machine).
		await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
		const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
		return longTaskFigures(trace.traceEvents, url);
	} finally {
		await context.close();
	}
}

/** Traces `url` `runs` times and keeps the run with the median blocking time (as runLighthouse keeps its median). */
export async function measureLongTasks(browser: Browser, url: string, runs = 3): Promise<LongTaskFigures> {
	const results: LongTaskFigures[] = [];
	for (let run = 0; run < runs; run += 1) results.push(await traceOnce(browser, url));
	results.sort((a, b) => a.blockingMs - b.blockingMs || a.longestMs - b.longestMs);
	const median = results[Math.floor(results.length / 2)];
	if (!median) throw new Error(`no trace for ${url}`);
	return median;
}
