import { expect, test } from './support/fixtures';

// Every page's switcher link, alternates and sitemap entry are checked in the built HTML (tests/dist/i18n.test.ts); here
// the switcher at work on three kinds of page: a round trip, back to the same address.
for (const path of ['/', '/guides/what-is-outsourcing/', '/calculator/methodology/']) {
	test(`${path}: the language switcher leads to the Bulgarian page and back`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		const english = page.url();
		await page.locator('[data-language-switch]').click();
		await expect(page).toHaveURL(new RegExp(`/bg${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
		await expect(page.locator('html')).toHaveAttribute('lang', 'bg');
		await expect(page.locator('[data-language-switch]')).toHaveAttribute('hreflang', 'en');
		await page.locator('[data-language-switch]').click();
		await expect(page).toHaveURL(english);
	});
}

test('Bulgarian pages format dates and percentages the Bulgarian way', async ({ page }) => {
	await page.goto('/bg/guides/bulgarian-outsourcing-market/');
	await expect(page.locator('time').first()).toHaveText(/\d{1,2} [а-я]+ \d{4} г\./);
	await expect(page.locator('[data-adoption-table]')).toContainText('75\u00a0%');
	await page.goto('/guides/bulgarian-outsourcing-market/');
	await expect(page.locator('[data-adoption-table]')).toContainText('75%');
});

test('calculator answers cross languages: a share link and saved answers work under /bg/ with the same parameters', async ({ page }) => {
	const checked = () => page.locator('[data-form] input:checked').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
	await page.goto('/calculator/?scope=kpo&location=nearshore&org=large&share=customer-data&safeguards=audit,nda');
	await expect(page.locator('[data-overall]')).not.toBeEmpty();
	const english = { answers: await checked(), score: await page.locator('[data-overall]').textContent() };

	// Saved in English, read in Bulgarian: the language switcher keeps the reader's answers.
	await page.locator('[data-language-switch]').click();
	await expect(page).toHaveURL(/\/bg\/calculator\/$/);
	await expect(page.locator('[data-overall]')).toHaveText(english.score ?? '');
	expect(await checked()).toEqual(english.answers);

	// The same link with a /bg/ prefix gives the same answers in a fresh browser profile.
	await page.evaluate(() => localStorage.clear());
	await page.goto('/bg/calculator/?scope=kpo&location=nearshore&org=large&share=customer-data&safeguards=audit,nda');
	await expect(page.locator('[data-overall]')).toHaveText(english.score ?? '');
	expect(await checked()).toEqual(english.answers);
});
