// The sample firm's build (tests/fixtures/sample-firm/site.config.ts, served from .sample-firm/dist/ by
// playwright.firm.config.ts) as a reader sees it: zero axe violations, colour contrast included, on a page of each
// kind in both languages and both themes, with the firm's colours and typeface; and the statistics chart, SVG and
// Chart.js canvas alike, drawing its bars in the firm's accent in each theme.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { sitePalette } from '../../src/build/look/sitePalette';
import { loadSiteConfig } from '../../src/build/siteConfigSource';
import { LOCALES } from '../../src/lib/i18n/locales';
import { localizePath } from '../../src/lib/i18n/localizePath';
import { useTranslations } from '../../src/lib/i18n/useTranslations';
import { toHex } from '../../src/lib/look/palette';
import { AXE_TAGS } from '../e2e/support/axe';
import { expect, test } from '../e2e/support/fixtures';

const { config } = loadSiteConfig();
const palette = sitePalette(config.look?.colors);
const THEMES = ['light', 'dark'] as const;

/** Home, a guide, the calculator, the statistics, the contact page and the contract builder. */
const PAGES = ['/', '/guides/what-is-outsourcing/', '/calculator/', '/statistics/', '/contact/', '/contract-builder/'];

test('the build tested is branded: the firm’s colours and typeface are configured', () => {
	expect(config.look?.colors).toBeDefined();
	expect(config.look?.font).toBeDefined();
});

for (const locale of LOCALES) {
	for (const theme of THEMES) {
		for (const path of PAGES.map((p) => localizePath(p, locale))) {
			test(`${path} has no axe violations in the ${theme} theme`, async ({ page }) => {
				await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				// The typeface is in: contrast is measured on the text as the firm's readers see it.
				await page.evaluate(() => document.fonts.ready);
				const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			});
		}
	}
}

/** How many pixels of the Chart.js canvas are exactly `hex` (a bar's inside; its edges are blended). */
function pixelsOf(page: Page, hex: string): Promise<number> {
	return page.locator('oip-adoption-chart canvas').evaluate((canvas: HTMLCanvasElement, colour) => {
		const { data } = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height) ?? { data: [] };
		const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
		let count = 0;
		for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) count++;
		return count;
	}, hex);
}

for (const theme of THEMES) {
	test(`the statistics chart draws its bars in the firm’s accent in the ${theme} theme, as SVG and on the canvas`, async ({ page }) => {
		const accent = palette[theme]['chart-bar'];
		expect(accent).toBe(toHex(config.look?.colors?.[theme].accent ?? ''));
		await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
		await page.goto('/statistics/');
		const fills = await page.locator('svg[data-static-chart] rect.chart-bar').evaluateAll((bars) => bars.map((bar) => getComputedStyle(bar).fill));
		expect(fills.length).toBeGreaterThan(0);
		expect(fills.map((fill) => toHex(fill))).toEqual(fills.map(() => accent));
		await page.getByRole('button', { name: useTranslations('en')('stats.chart.explore'), exact: true }).click();
		await expect(page.locator('oip-adoption-chart')).toHaveAttribute('data-chart-state', 'drawn');
		// Five bars of at least a few hundred pixels each, filled with exactly that colour.
		await expect.poll(() => pixelsOf(page, accent)).toBeGreaterThan(2000);
	});
}
