// One visit to every page in the sitemap plus the pages kept out of it (the 404 pages, the marketing team's campaign-link
// tool): axe with every rule in the light theme and the colour rules in the dark one, switched by the page's own toggle,
// zero violations (support/axe.ts; the self-test in checks.spec.ts). The visit then scrolls to the end so that lazy
// images load: the fixture fails it on any request to another origin or CSP violation, the theme switch's included.
// Last, narrowed to a small phone, nothing may make the page scroll sideways (wide tables scroll in their own box); every
// block is drawn by then, so a long guide's lower blocks count too. The pages that only show their widest content with
// a query are in layout.spec.ts.
import type { Page } from '@playwright/test';
import { sitemapPaths } from '../support/dist';
import { expectNoAxeViolationsInBothThemes } from './support/axe';
import { expect, test } from './support/fixtures';
import { horizontalOverflow } from './support/layout';

const paths = [...sitemapPaths(), '/404.html', '/bg/404.html', '/campaign-links/', '/bg/campaign-links/'];

/**
 * Scrolls to the end, so that lazy images start, and waits until every image has loaded or failed: a sync point on
 * what the page asked for, not a wait for the network to fall quiet (islands' scripts load before `load`; the
 * chart's Chart.js only on request).
 */
async function settle(page: Page): Promise<void> {
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await page.waitForFunction(() => [...document.images].every((image) => image.complete));
}

test('the sitemap lists every page type', () => {
	for (const path of ['/', '/guides/', '/statistics/', '/calculator/', '/contact/', '/bg/', '/bg/guides/']) {
		expect(paths).toContain(path);
	}
});

for (const path of paths) {
	test(`${path} has no axe violations in either theme, requests nothing from elsewhere and fits a 360 px phone`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		await expectNoAxeViolationsInBothThemes(page);
		await settle(page);
		// Polled: read at once, the first layout after the resize sometimes still showed 22–83 px (3 of 15 tries, 0 two
		// frames later every time); an element really too wide keeps it and fails.
		await page.setViewportSize({ width: 360, height: 740 });
		await expect.poll(() => horizontalOverflow(page), { message: 'px of sideways scrolling at 360 px' }).toBeLessThanOrEqual(0);
	});
}
