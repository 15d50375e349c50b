// No third-party requests, ever: walk every page (scrolling so lazy islands load) and use the calculator,
// recording every request the browser makes.
import { sitemapPaths } from '../support/dist';
import { watchCsp } from './support/csp';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** Every page a reader can reach: the sitemap's, and those it leaves out (the campaign-link tool; the search pages, with a search). */
const pages = () => [...sitemapPaths(), '/campaign-links/', '/bg/campaign-links/', '/search/?q=NDA', `/bg/search/?q=${encodeURIComponent('договор')}`];
/** A walk's time limit, growing with the site: a few seconds a page on a busy machine, and a minute for the rest. */
const walkTimeout = (extra = 0) => 60_000 + (pages().length + extra) * 4_000;

/**
 * Scrolls to the end, so that lazy images start, and waits until every image has loaded or failed: a sync point on
 * what the page asked for, not a wait for the network to fall quiet (islands' scripts load before `load`; the
 * chart's Chart.js only on request).
 */
async function settle(page: Page): Promise<void> {
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await page.waitForFunction(() => [...document.images].every((image) => image.complete));
}

test('walking every page and using the calculator requests nothing from another origin', async ({ page, baseURL }) => {
	test.setTimeout(walkTimeout());
	const origin = new URL(baseURL ?? '').origin;
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));

	for (const path of pages()) {
		await page.goto(path);
		await settle(page);
	}
	for (const path of ['/calculator/', '/bg/calculator/']) {
		await page.goto(path);
		const choices = page.locator('main input[type="radio"], main input[type="checkbox"]');
		const count = await choices.count();
		for (let i = 0; i < count; i += 3) await choices.nth(i).click();
		await settle(page);
	}

	const foreign = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
	expect(foreign).toEqual([]);
	expect(requests.length).toBeGreaterThan(sitemapPaths().length);
});

test('no page breaks its Content-Security-Policy, Trusted Types included, while the reader uses it', async ({ page }) => {
	test.setTimeout(walkTimeout(1));
	const recorded = await watchCsp(page);
	const violations: string[] = [];
	const collect = async (path: string) => {
		violations.push(...(await recorded()).map((v) => `${path} ${v}`));
	};
	for (const path of [...pages(), '/404.html']) {
		await page.goto(path);
		await settle(page);
		await page.locator('[data-theme-toggle]').click();
		await collect(path);
	}
	// The islands at work: answering every other question, and asking for the interactive chart and back.
	await page.goto('/calculator/');
	const choices = page.locator('[data-form] input');
	for (let i = 0, count = await choices.count(); i < count; i += 2) await choices.nth(i).click();
	await collect('/calculator/ (answered)');
	await page.goto('/statistics/');
	await page.locator('[data-chart-explore]').click();
	await expect(page.locator('oip-adoption-chart')).toHaveAttribute('data-chart-state', 'drawn');
	await page.locator('[data-chart-explore]').click();
	await collect('/statistics/ (interactive chart and back)');
	expect(violations).toEqual([]);
});
