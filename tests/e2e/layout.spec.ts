// Every page fits a small phone: nothing makes the page scroll sideways (wide tables scroll in their own box). Every
// page's one visit in a11y.spec.ts checks that; here the pages whose widest content only shows with a query.
import { expect, test } from './support/fixtures';
import { horizontalOverflow } from './support/layout';

test.use({ viewport: { width: 360, height: 740 } });

/** The compare page with two scenarios, the search with results. */
const filled = [
	'/calculator/compare/?a=scope%3Dito%26location%3Doffshore&b=scope%3Dito%26location%3Dnearshore',
	'/bg/calculator/compare/?a=scope%3Dito%26location%3Doffshore&b=scope%3Dito%26location%3Dnearshore',
	`/bg/search/?q=${encodeURIComponent('договор')}`,
];

for (const path of filled) {
	test(`${path} has no horizontal overflow at 360 px`, async ({ page }) => {
		await page.goto(path);
		if (path.includes('/search/?')) await page.locator('[data-results] > li').first().waitFor();
		if (path.includes('/compare/?')) await page.locator('table.compare').waitFor();
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
	});
}
