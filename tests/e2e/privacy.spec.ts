// No third-party requests, ever: walk every page (scrolling so lazy islands load) and use the calculator,
// recording every request the browser makes.
import { sitemapPaths } from '../support/dist';
import { expect, test } from './support/fixtures';

test('walking every page and using the calculator requests nothing from another origin', async ({ page, baseURL }) => {
	test.setTimeout(120_000);
	const origin = new URL(baseURL ?? '').origin;
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));

	for (const path of sitemapPaths()) {
		await page.goto(path);
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		await page.waitForLoadState('networkidle');
	}
	for (const path of ['/calculator/', '/bg/calculator/']) {
		await page.goto(path);
		const choices = page.locator('main input[type="radio"], main input[type="checkbox"]');
		const count = await choices.count();
		for (let i = 0; i < count; i += 3) await choices.nth(i).click();
		await page.waitForLoadState('networkidle');
	}

	const foreign = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
	expect(foreign).toEqual([]);
	expect(requests.length).toBeGreaterThan(sitemapPaths().length);
});
