// The site header on a phone (390 × 844): at most 120 px tall in both languages, search, language and theme one tap
// away and named, the section links in a menu that works with the keyboard and without any script, no layout shift,
// axe clean with the menu open. On a wide screen the links stay in the header itself.
import type { Page } from '@playwright/test';
import { longestGuides } from '../../scripts/lib/pageTypes';
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO } from '../../src/lib/i18n/locales';
import { useTranslations } from '../../src/lib/i18n/useTranslations';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { layoutShift } from './support/layoutShift';

const PHONE = { width: 390, height: 844 };
const MAX_HEADER_PX = 120;
const prefix = (locale: string) => (locale === DEFAULT_LOCALE ? '' : `/${locale}`);
/** Per language: the home page, the statistics page and its longest guide (the page types with the most in the header's way). */
const PAGES = LOCALES.flatMap((locale) => [
	{ locale, path: `${prefix(locale)}/` },
	{ locale, path: `${prefix(locale)}/statistics/` },
	...longestGuides().filter((guide) => guide.type.includes(`(${locale})`)),
].map((page) => ({ ...page, locale })));

test.describe('on a phone', () => {
	test.use({ viewport: PHONE });

	for (const { locale, path } of PAGES) {
		const t = useTranslations(locale);
		test(`${path}: the header is at most ${MAX_HEADER_PX} px tall, with search, language and theme one tap away`, async ({ page }) => {
			await page.goto(path);
			const header = page.locator('header.site-header');
			const box = await header.boundingBox();
			expect(box?.height ?? Infinity).toBeLessThanOrEqual(MAX_HEADER_PX);
			const within = async (name: string, locator: ReturnType<Page['locator']>) => {
				await expect(locator, name).toBeVisible();
				const part = await locator.boundingBox();
				expect(part && box && part.y + part.height <= box.y + box.height, `${name} sits inside the header`).toBe(true);
				expect(part && part.width >= 24 && part.height >= 24, `${name} is a target of at least 24 × 24 px`).toBe(true);
			};
			await within('search box', header.getByRole('searchbox', { name: t('search.label') }));
			await within('search button', header.getByRole('button', { name: t('search.submit'), exact: true }));
			const other = LOCALES.find((l) => l !== locale) ?? locale;
			await within('language link', header.getByRole('link', { name: LOCALE_INFO[other].name }));
			await within('theme button', header.getByRole('button', { name: t('theme.toggle') }));
			await within('menu', header.locator('.nav-menu summary'));
			// The wide screen's list is not displayed (the menu's, named apart, shows when opened).
			await expect(page.getByRole('navigation', { name: t('nav.label') })).toHaveCount(0);
			// Nothing in the header moves once drawn.
			expect(await layoutShift(page, 'header.site-header')).toBe(0);
		});
	}

	test('the menu opens with the keyboard, lists every section and lies over the page', async ({ page }) => {
		await page.goto('/guides/');
		const t = useTranslations('en');
		const summary = page.locator('.nav-menu summary');
		const main = await page.locator('main').boundingBox();
		await summary.focus();
		await expect(summary).toHaveAccessibleName(t('nav.menu'));
		await page.keyboard.press('Enter');
		const nav = page.getByRole('navigation', { name: t('nav.menu') });
		await expect(nav).toBeVisible();
		await expect(nav.getByRole('link')).toHaveText([t('nav.guides'), t('nav.glossary'), t('nav.statistics'), t('nav.calculator'), t('nav.builder'), t('nav.contact')]);
		await expect(nav.getByRole('link', { name: t('nav.guides') })).toHaveAttribute('aria-current', 'page');
		expect(await page.locator('main').boundingBox(), 'the page below does not move').toEqual(main);
		await page.keyboard.press('Tab');
		await expect(nav.getByRole('link', { name: t('nav.guides') })).toBeFocused();
		expect(await axeViolations(page)).toEqual([]);
		await summary.focus();
		await page.keyboard.press('Space');
		await expect(nav).toBeHidden();
	});

	test('without JavaScript the menu, search and language still work; the theme button, which needs it, is not shown', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '', viewport: PHONE });
		const page = await context.newPage();
		await page.goto('/bg/guides/');
		const t = useTranslations('bg');
		expect((await page.locator('header.site-header').boundingBox())?.height ?? Infinity).toBeLessThanOrEqual(MAX_HEADER_PX);
		await page.locator('.nav-menu summary').click();
		await page.getByRole('navigation', { name: t('nav.menu') }).getByRole('link', { name: t('nav.statistics') }).click();
		await expect(page).toHaveURL(/\/bg\/statistics\/$/);
		await page.getByRole('searchbox', { name: t('search.label') }).fill('NDA');
		await page.getByRole('button', { name: t('search.submit'), exact: true }).click();
		await expect(page).toHaveURL(/\/bg\/search\/\?q=NDA$/);
		await expect(page.locator('[data-theme-toggle]')).toBeHidden();
		await context.close();
	});
});

test('on a wide screen the section links stay in the header and the menu is not shown', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	const t = useTranslations('en');
	await expect(page.getByRole('navigation', { name: t('nav.label') }).getByRole('link')).toHaveText([
		t('nav.guides'),
		t('nav.glossary'),
		t('nav.statistics'),
		t('nav.calculator'),
		t('nav.builder'),
		t('nav.contact'),
	]);
	await expect(page.locator('.nav-menu')).toBeHidden();
	await expect(page.getByRole('button', { name: t('search.submit'), exact: true })).toHaveText(t('search.submit'));
	await expect(page.getByRole('button', { name: t('theme.toggle') })).toContainText(t('theme.toggle'));
});
