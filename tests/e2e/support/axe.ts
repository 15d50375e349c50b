// axe-core in both themes in one visit: every rule in the theme the page opened in, then only the rules that read
// colours in the other theme, after the reader's own theme toggle has switched it. Colour is all that changes between
// the themes (one palette through light-dark(), src/styles/global.css); what axe's other rules read does not, so a
// second full run checked nothing the first had not. The colour pass costs about half a full run.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** WCAG 2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules whose outcome depends on colour: text contrast, and links told apart from their sentence by colour alone. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export type Theme = 'light' | 'dark';

/** axe's violations as `rule: target, target…` lines, all rules of AXE_TAGS or only the ones named. */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
	// Only the violations with every node: axe lists one node of each pass and non-applicable rule instead of all of them
	// (a quarter off a full run on the longest guide, which is mostly passes).
	const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
	const results = await (rules ? builder.withRules([...rules]) : builder.withTags(AXE_TAGS)).analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Draws every block the browser skips until it nears the screen (`content-visibility: auto`, the long guides): a skipped
 * block keeps the styles of the theme it was last drawn in, so axe would read stale colours after a theme switch. Set
 * through the CSSOM, which the CSP's style-src allows (a `<style>` element would need a hash). Returns how many.
 */
export const renderEveryBlock = (page: Page): Promise<number> =>
	page.evaluate(() => {
		const skipped = [...document.querySelectorAll<HTMLElement>('*')].filter((element) => getComputedStyle(element).contentVisibility === 'auto');
		for (const element of skipped) element.style.contentVisibility = 'visible';
		return skipped.length;
	});

/** Switches the theme with the page's own toggle (its click handler, without moving focus) and waits until it is applied. */
export async function toggleTheme(page: Page): Promise<Theme> {
	const root = page.locator('html');
	const before = (await root.getAttribute('data-theme')) as Theme | null;
	if (before !== 'light' && before !== 'dark') throw new Error(`the page has no theme set (data-theme="${before}")`);
	const after: Theme = before === 'light' ? 'dark' : 'light';
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const was = await background();
	await page.locator('[data-theme-toggle]').first().dispatchEvent('click');
	await expect(root).toHaveAttribute('data-theme', after);
	await expect.poll(background, 'the body takes the other theme\'s colours').not.toBe(was);
	return after;
}

/** What axe found in each theme: every rule in the first, the colour rules in the second. */
export type BothThemes = { first: { theme: Theme; violations: string[] }; second: { theme: Theme; violations: string[] } };

/**
 * axe in both themes: with every block drawn, every rule in the theme the page is in now; then, with the theme switched
 * by the toggle, the colour rules. The page is left in the second theme.
 */
export async function axeInBothThemes(page: Page): Promise<BothThemes> {
	const theme = (await page.locator('html').getAttribute('data-theme')) as Theme;
	await renderEveryBlock(page);
	const first = { theme, violations: await axeViolations(page) };
	const second = { theme: await toggleTheme(page), violations: await axeViolations(page, COLOUR_RULES) };
	return { first, second };
}

/** axeInBothThemes, expecting no violation in either theme. */
export async function expectNoAxeViolationsInBothThemes(page: Page): Promise<void> {
	const { first, second } = await axeInBothThemes(page);
	expect(first.violations, `axe, every rule, ${first.theme} theme`).toEqual([]);
	expect(second.violations, `axe, colour rules, ${second.theme} theme`).toEqual([]);
}
