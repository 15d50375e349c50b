// The clause library and the due-diligence questionnaire are meant to be printed: no navigation, no call to action,
// no table of contents, every link's address on paper, and a reasonable number of pages.
import { expect, test } from './support/fixtures';

for (const path of ['/guides/contract-clauses/', '/bg/guides/contract-clauses/', '/guides/choosing-a-partner/', '/bg/guides/choosing-a-partner/']) {
	test(`${path} prints without navigation, with link addresses, on a sensible number of pages`, async ({ page }) => {
		await page.goto(path);
		await page.emulateMedia({ media: 'print' });
		for (const selector of ['.site-header nav', '.header-tools', '.site-footer', '.contact-cta', '.guide-toc', '.pager']) {
			await expect(page.locator(selector).first()).toBeHidden();
		}
		await expect(page.locator('h1')).toBeVisible();
		// A link to another page shows its address after it; an in-page citation does not.
		const after = (selector: string) => page.locator(selector).first().evaluate((a) => getComputedStyle(a, '::after').content);
		expect(await after('.prose a[href^="/"]')).toContain('/');
		expect(await after('.prose a[href^="#"]')).toBe('none');
		const pdf = await page.pdf({ format: 'A4', printBackground: false });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		expect(pages).toBeGreaterThanOrEqual(path.includes('contract-clauses') ? 8 : 3);
		expect(pages).toBeLessThanOrEqual(path.includes('contract-clauses') ? 40 : 14);
	});
}

test('sample clauses are never split from their heading or broken across pages where they fit', async ({ page }) => {
	await page.goto('/guides/contract-clauses/');
	await page.emulateMedia({ media: 'print' });
	const styles = await page.evaluate(() => {
		const quote = document.querySelector('.prose blockquote');
		const heading = document.querySelector('.prose h2');
		return { quote: quote ? getComputedStyle(quote).breakInside : '', heading: heading ? getComputedStyle(heading).breakAfter : '' };
	});
	expect(styles).toEqual({ quote: 'avoid', heading: 'avoid' });
});
