// One visit to every page in the sitemap plus the pages kept out of it (the 404 pages, the marketing team's campaign-link
// tool): axe with every rule in the light theme and the colour rules in the dark one, switched by the page's own toggle,
// zero violations (support/axe.ts; the self-test in checks.spec.ts). The visit then scrolls to the end so that lazy
// images load: the fixture fails it on any request to another origin or CSP violation, the theme switch's included.
import type { Page } from '@playwright/test';
import { sitemapPaths } from '../support/dist';
import { expectNoAxeViolationsInBothThemes } from './support/axe';
import { expect, test } from './support/fixtures';

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
	test(`${path} has no axe violations in either theme, and requests nothing from elsewhere`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		await expectNoAxeViolationsInBothThemes(page);
		await settle(page);
	});
}
