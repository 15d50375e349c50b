import { siteOrigin, sitemapPaths } from '../support/dist';
import { expect, test } from './support/fixtures';

const englishPaths = sitemapPaths().filter((path) => !path.startsWith('/bg/'));

test('every English page has a Bulgarian counterpart in the sitemap, and vice versa', () => {
	const all = sitemapPaths();
	const bulgarian = all.filter((path) => path.startsWith('/bg/'));
	expect(bulgarian.map((path) => path.slice(3))).toEqual(expect.arrayContaining(englishPaths));
	expect(bulgarian.length).toBe(englishPaths.length);
});

for (const path of englishPaths) {
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

test('head alternates: hreflang for both languages plus x-default, canonical per language', async ({ page }) => {
	await page.goto('/bg/guides/what-is-outsourcing/');
	const site = siteOrigin();
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}/bg/guides/what-is-outsourcing/`);
	await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `${site}/guides/what-is-outsourcing/`);
	await expect(page.locator('link[rel="alternate"][hreflang="bg"]')).toHaveAttribute('href', `${site}/bg/guides/what-is-outsourcing/`);
	await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', `${site}/guides/what-is-outsourcing/`);
	await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'bg_BG');
});

test('Bulgarian pages format dates and percentages the Bulgarian way', async ({ page }) => {
	await page.goto('/bg/guides/bulgarian-outsourcing-market/');
	await expect(page.locator('time').first()).toHaveText(/\d{1,2} [а-я]+ \d{4} г\./);
	await expect(page.locator('[data-adoption-table]')).toContainText('75\u00a0%');
	await page.goto('/guides/bulgarian-outsourcing-market/');
	await expect(page.locator('[data-adoption-table]')).toContainText('75%');
});

test('the sitemap lists both languages with xhtml alternates', async ({ request }) => {
	const xml = await (await request.get('/sitemap-0.xml')).text();
	expect(xml).toContain('hreflang="bg"');
	expect(xml).toContain(`${siteOrigin()}/bg/guides/`);
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
