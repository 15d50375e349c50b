import { sitemapPaths } from '../support/dist';
import { expect, test } from './support/fixtures';

const guidePaths = sitemapPaths().filter((path) => /\/guides\/[^/]+\/$/.test(path));

test('there is a guide page for every guide in both languages', () => {
	expect(guidePaths.length).toBeGreaterThanOrEqual(10);
});

for (const path of guidePaths) {
	test(`${path} renders its table of contents, and every entry leads to a section`, async ({ page }) => {
		await page.goto(path);
		const toc = page.locator('nav.toc');
		await expect(toc).toBeVisible();
		const targets = await toc.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(targets.length).toBeGreaterThanOrEqual(3);
		for (const target of targets) {
			expect(target).toMatch(/^#[\p{L}\p{N}_-]+$/u);
			await expect(page.locator(`[id="${target.slice(1)}"]`)).toHaveCount(1);
		}
		await expect(page.locator('.not-legal-advice')).toBeVisible();
		await expect(page.locator('.contact-cta a')).toHaveAttribute('href', /\/contact\/$/);
		await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
		const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
		expect(jsonLd['@type']).toBe('Article');
	});
}
