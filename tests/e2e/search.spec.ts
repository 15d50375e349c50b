// Site search: from any page's header to the results in the page's language, on to the matching section; searching as
// one types; no JavaScript; keyboard; the CSP (WebAssembly on this page only, Trusted Types) and axe with results shown.
import type { Page } from '@playwright/test';
import { expectNoAxeViolationsInBothThemes } from './support/axe';
import { expect, test } from './support/fixtures';

const results = (page: Page) => page.locator('[data-results] > li');
const status = (page: Page) => page.locator('[data-status]');

test('searching "NDA" from an English guide lands on English results that lead to the matching guide section', async ({ page }) => {
	await page.goto('/guides/protecting-ip-when-outsourcing/');
	const box = page.getByRole('search').getByRole('searchbox', { name: 'Search the site' });
	await box.fill('NDA');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=NDA$/);
	await expect(status(page)).toHaveText(/^\d+ pages match “NDA”\.$/);
	await expect(page.getByRole('searchbox', { name: 'Search the site' })).toHaveValue('NDA');
	const count = Number((await status(page).textContent())?.match(/\d+/)?.[0]);
	// The best five first (each result fetches its page's fragment); the guide is among them.
	await expect(results(page)).toHaveCount(Math.min(5, count));
	// Every result is an English page of the site; guides among them, with their matching sections linked.
	const pageLinks = await results(page).locator('h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	expect(pageLinks.every((path) => !path.startsWith('/bg/'))).toBe(true);
	expect(pageLinks).toContain('/guides/protecting-ip-when-outsourcing/');
	await expect(results(page).locator('mark').first()).toHaveText(/^NDA/i);
	const guide = results(page).filter({ has: page.locator('h2 a[href="/guides/protecting-ip-when-outsourcing/"]') });
	const section = guide.locator('.search-sections a').first();
	const href = (await section.getAttribute('href')) ?? '';
	expect(href).toMatch(/^\/guides\/protecting-ip-when-outsourcing\/#[\w-]+$/);
	await section.click();
	await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, '\\$&')}$`));
	const target = page.locator(`[id="${href.split('#')[1] ?? ''}"]`);
	await expect(target).toBeInViewport();
	await expect(target).toContainText(/NDA|non-disclosure/i);
	// Back to the same results.
	await page.goBack();
	await expect(status(page)).toHaveText(`${String(count)} pages match “NDA”.`);
});

test('searching "споразумение" from a Bulgarian guide finds Bulgarian guides only', async ({ page }) => {
	await page.goto('/bg/guides/protecting-ip-when-outsourcing/');
	const box = page.getByRole('search').getByRole('searchbox', { name: 'Търсене в сайта' });
	await box.fill('споразумение');
	await page.getByRole('search').getByRole('button', { name: 'Търси' }).click();
	await expect(page).toHaveURL(/\/bg\/search\/\?q=/);
	await expect(status(page)).toHaveText(/^\d+ страници съдържат „споразумение“\.$/);
	const links = await results(page).locator('a').evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	expect(links.length).toBeGreaterThan(0);
	expect(links.every((path) => path.startsWith('/bg/'))).toBe(true);
	expect(links.filter((path) => path.startsWith('/bg/guides/')).length).toBeGreaterThan(0);
	// Pagefind has no Bulgarian stemmer but matches word beginnings: the query finds longer forms too (the definite
	// „споразумението“, the plural „споразумения“…).
	await expect(results(page).locator('mark', { hasText: /^споразумени\p{L}+$/iu }).first()).toBeVisible();
});

test('"show more" draws the next five results, moves focus to the first of them and goes when all are shown', async ({ page }) => {
	await page.goto('/search/?q=NDA');
	await expect(status(page)).toHaveText(/^\d+ pages match/);
	const count = Number((await status(page).textContent())?.match(/\d+/)?.[0]);
	expect(count).toBeGreaterThan(10);
	const more = page.locator('[data-more]');
	await expect(results(page)).toHaveCount(5);
	await expect(more).toHaveText(`Show 5 more (${String(count - 5)} not shown yet)`);
	await more.click();
	await expect(results(page)).toHaveCount(10);
	await expect(results(page).nth(5).locator('h2 a')).toBeFocused();
	await more.click();
	await expect(results(page)).toHaveCount(count);
	await expect(more).toBeHidden();
	// Every page appears once.
	const links = await results(page).locator('h2 a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
	expect(new Set(links).size).toBe(count);
});

test('results follow the query as it is typed, and the address keeps it', async ({ page }) => {
	await page.goto('/search/');
	await expect(status(page)).toHaveText('Type a word or a phrase, then press Enter.');
	const box = page.getByRole('searchbox', { name: 'Search the site' });
	await box.pressSequentially('trade secret', { delay: 20 });
	await expect(status(page)).toHaveText(/pages? match(es)? “trade secret”\./);
	await expect(page).toHaveURL(/\?q=trade\+secret$/);
	await expect(results(page).first()).toBeVisible();
	await box.fill('zzqqxxnothing');
	await expect(status(page)).toHaveText('No page matches “zzqqxxnothing”. Try a shorter word, or another term for the same thing.');
	await expect(results(page)).toHaveCount(0);
	await box.fill('');
	await expect(status(page)).toHaveText('Type a word or a phrase, then press Enter.');
	await expect(page).toHaveURL(/\/search\/$/);
});

test('the keyboard goes from the box to the button to the first result', async ({ page }) => {
	await page.goto('/search/?q=licence');
	await expect(results(page).first()).toBeVisible();
	await page.getByRole('searchbox', { name: 'Search the site' }).focus();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(results(page).first().locator('h2 a')).toBeFocused();
	await expect(page.locator('[data-results]')).not.toHaveAttribute('aria-busy');
	await expect(status(page)).toHaveAttribute('role', 'status');
});

test('the search runs on the page: Pagefind loads from the site, and no worker starts', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await page.goto('/bg/search/?q=договор');
	await expect(results(page).first()).toBeVisible();
	expect(workers).toEqual([]);
	expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind']));
	expect(requests.some((path) => path.startsWith('/pagefind/wasm.en'))).toBe(false);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the header form still lands on the search page, which says where to browse instead', async ({ page }) => {
		await page.goto('/guides/');
		await page.getByRole('search').getByRole('searchbox', { name: 'Search the site' }).fill('NDA');
		await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\/\?q=NDA$/);
		await expect(page.locator('[data-needs-js]')).toBeVisible();
		await expect(page.locator('[data-needs-js]')).toContainText('needs JavaScript');
		await expect(page.locator('.browse-list a')).toHaveText(['Guides', 'Glossary', 'Questions and answers']);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	for (const path of ['/guides/', '/bg/search/?q=тайн']) {
		test(`${path}: the search form is in view and nothing scrolls sideways`, async ({ page }) => {
			await page.goto(path);
			await expect(page.getByRole('search').getByRole('searchbox')).toBeInViewport();
			if (path.includes('?q=')) await expect(results(page).first()).toBeVisible();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		});
	}
});

// The search pages are kept out of the sitemap (a11y.spec.ts's list): results, no result and the empty page, checked here.
for (const path of ['/search/?q=NDA', '/bg/search/?q=споразумение', '/search/?q=zzqqxxnothing', '/search/']) {
	test(`${path} has no axe violations in either theme, results shown`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
		await page.goto(path);
		await expect(status(page)).not.toBeEmpty();
		await expectNoAxeViolationsInBothThemes(page);
	});
}
