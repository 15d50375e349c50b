// The checks every other browser test leans on, tested themselves: the fixture's CSP recorder catches a violation, and
// the one-visit axe check of both themes (support/axe.ts) reports in the second theme exactly what a full run in that
// theme reports for the colours, so that it cannot pass by checking nothing.
import type { Page } from '@playwright/test';
import { axeInBothThemes, axeViolations, COLOUR_RULES, renderEveryBlock, type Theme } from './support/axe';
import { expect, recordProblems, test } from './support/fixtures';

test('the fixture records CSP violations, Trusted Types included, even where a test allows console errors', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ baseURL: baseURL ?? '' });
	const page = await context.newPage();
	const problems = await recordProblems(page, new URL(baseURL ?? '').origin, [/./]);
	await page.goto('/guides/');
	await page.evaluate(() => {
		document.body.setAttribute('style', 'outline: 1px solid');
		try {
			document.body.insertAdjacentHTML('beforeend', '<i>untrusted</i>');
		} catch {
			/* blocked, as it should be: the report is what the test reads */
		}
	});
	await expect.poll(() => problems.filter((problem) => problem.startsWith('CSP violation: securitypolicyviolation:'))).toEqual([
		expect.stringContaining('style-src-attr'),
		expect.stringContaining('require-trusted-types-for'),
	]);
	expect(problems.filter((problem) => !problem.startsWith('CSP violation:'))).toEqual([]);
	await context.close();
});

/** Text of every paragraph in <main> too faint to read, in one theme only; added through the CSSOM, which the CSP allows. */
const breakColours = (page: Page, theme: Theme) =>
	page.evaluate((rule) => {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(rule);
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	}, `:root[data-theme='${theme}'] main p { color: ${theme === 'dark' ? '#30353d' : '#e4e6ea'} !important; }`);

/** A guide, whose blocks below the first screen are skipped until scrolled to (content-visibility), and the home page. */
for (const path of ['/guides/what-is-outsourcing/', '/']) {
	test(`${path}: a colour broken in the dark theme only is reported in the second pass as a run in the dark theme reports it`, async ({ page }) => {
		// The reference: the page opened in the dark theme, every block drawn, the colour rules.
		await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
		await page.goto(path);
		await breakColours(page, 'dark');
		const skipped = await renderEveryBlock(page);
		if (path.includes('/guides/')) expect(skipped, 'blocks drawn only near the screen').toBeGreaterThan(0);
		const reference = await axeViolations(page, COLOUR_RULES);
		expect(reference).toEqual([expect.stringMatching(/^color-contrast: /)]);

		// One visit: opened light, every rule; switched to dark by the toggle, the colour rules.
		await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
		await page.goto(path);
		await breakColours(page, 'dark');
		const { first, second } = await axeInBothThemes(page);
		expect(first).toEqual({ theme: 'light', violations: [] });
		expect(second).toEqual({ theme: 'dark', violations: reference });
	});
}

test('a colour broken in the light theme only is reported by the first pass', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
	await page.goto('/guides/what-is-outsourcing/');
	await breakColours(page, 'light');
	const { first, second } = await axeInBothThemes(page);
	expect(first.violations).toEqual([expect.stringMatching(/^color-contrast: /)]);
	expect(second.violations).toEqual([]);
});
