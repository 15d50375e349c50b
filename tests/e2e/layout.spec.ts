// Every page fits a small phone: nothing makes the page scroll sideways (wide tables scroll in their own box).
import { sitemapPaths } from '../support/dist';
import { expect, test } from './support/fixtures';

test.use({ viewport: { width: 360, height: 740 } });

for (const path of sitemapPaths()) {
	test(`${path} has no horizontal overflow at 360 px`, async ({ page }) => {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}
