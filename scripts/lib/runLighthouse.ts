// Lighthouse (mobile preset: simulated slow 4G and a mid-range phone) in Debian's Chromium.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';

export interface LighthouseFigures {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	/** Largest Contentful Paint, ms. */
	lcp: number;
	/** Total Blocking Time, ms. */
	tbt: number;
	/** Cumulative Layout Shift. */
	cls: number;
	/** Audits that did not pass in the three categories that must score 100. */
	failing: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Audits each URL `runs` times and keeps the run with the median performance score, as Lighthouse's own
 * guidance on variability recommends: one noisy neighbour on a shared machine should not decide the result.
 */
export async function runLighthouse(urls: readonly string[], runs = 3): Promise<Map<string, LighthouseFigures>> {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: ['--headless=new', '--disable-gpu', ...CHROMIUM_FLAGS],
	});
	const results = new Map<string, LighthouseFigures>();
	try {
		for (const url of urls) {
			const lhrs = [];
			for (let run = 0; run < runs; run += 1) {
				const runner = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
				if (!runner?.lhr) throw new Error(`Lighthouse returned no result for ${url}`);
				lhrs.push(runner.lhr);
			}
			lhrs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
			const lhr = lhrs[Math.floor(lhrs.length / 2)];
			if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
			const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
			const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
			const failing = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
				(lhr.categories[category]?.auditRefs ?? [])
					.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
					.map((ref) => `${category}/${ref.id}: ${lhr.audits[ref.id]?.title ?? ''}`),
			);
			results.set(url, {
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
				lcp: Math.round(numeric('largest-contentful-paint')),
				tbt: Math.round(numeric('total-blocking-time')),
				cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
				failing,
			});
		}
	} finally {
		chrome.kill();
	}
	return results;
}
