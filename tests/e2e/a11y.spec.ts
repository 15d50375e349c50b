// axe-core over every page in the sitemap plus the pages kept out of it (the 404 pages, the marketing team's campaign-link
// tool), in the light and the dark theme: zero violations.
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths } from '../support/dist';
import { expect, test } from './support/fixtures';

const paths = [...sitemapPaths(), '/404.html', '/bg/404.html', '/campaign-links/', '/bg/campaign-links/'];

test('the sitemap lists every page type', () => {
	for (const path of ['/', '/guides/', '/statistics/', '/calculator/', '/contact/', '/bg/', '/bg/guides/']) {
		expect(paths).toContain(path);
	}
});

for (const theme of ['light', 'dark'] as const) {
	for (const path of paths) {
		test(`${path} has no axe violations in the ${theme} theme`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
			const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(summary).toEqual([]);
		});
	}
}
