// A reader of a guide finds out who is behind the site: the footer leads to the About page in the guide's language,
// which shows the firm's details from src/site.config.ts. (axe checks the About pages in a11y.spec.ts, with every page.)
import { telephoneHref } from '../../src/lib/cta/telephone';
import { siteConfig } from '../../src/site.config';
import { expect, test } from './support/fixtures';

const { firm } = siteConfig;

const journeys = [
	{ locale: 'en', guide: '/guides/what-is-outsourcing/', link: 'About the firm', about: '/about/', areas: 'Practice areas' },
	{ locale: 'bg', guide: '/bg/guides/what-is-outsourcing/', link: 'За кантората', about: '/bg/about/', areas: 'Области на практика' },
] as const;

for (const { locale, guide, link, about, areas } of journeys) {
	test(`${locale}: from a guide to the About page through the footer, with the firm's details`, async ({ page }) => {
		await page.goto(guide);
		await page.getByRole('contentinfo').getByRole('link', { name: link, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`${about.replace(/\//g, '\\/')}$`));
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(firm.name[locale]);
		await expect(page.getByRole('heading', { level: 2, name: areas })).toBeVisible();
		const main = page.getByRole('main');
		await expect(main.locator('a[href^="tel:"]')).toHaveAttribute('href', telephoneHref(firm.telephone));
		await expect(main.getByRole('link', { name: firm.email })).toHaveAttribute('href', `mailto:${siteConfig.contact.email}`);
		await expect(main.locator('address')).toContainText(firm.address.street[locale]);
		// The footer's link to this page is there too, in this page's language.
		await expect(page.getByRole('contentinfo').getByRole('link', { name: link, exact: true })).toHaveAttribute('href', about);
	});
}
