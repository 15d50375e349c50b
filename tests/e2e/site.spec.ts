import { expect, test } from './support/fixtures';

test.describe('404', () => {
	test.use({ allowedConsole: [/status of 404/] });

	test('an unknown address answers 404 with a helpful page', async ({ page }) => {
		const response = await page.goto('/no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		await page.getByRole('main').getByRole('link', { name: 'Guides', exact: true }).click();
		await expect(page).toHaveURL(/\/guides\/$/);
	});

	test('the Bulgarian 404 page is built where static hosts look for it, in Bulgarian', async ({ page }) => {
		await page.goto('/bg/404.html');
		await expect(page.locator('html')).toHaveAttribute('lang', 'bg');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страницата не е намерена');
		await page.getByRole('main').getByRole('link', { name: 'Ръководства', exact: true }).click();
		await expect(page).toHaveURL(/\/bg\/guides\/$/);
	});
});

test('the theme toggle switches theme, persists across pages and reloads, and applies before first paint', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBackground);

	// The stored choice must be in effect when the first visible element of <body> is parsed, i.e. before first
	// paint: no flash of the light theme. (The theme script is the first child of <body>, so it runs just before.)
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			// Before <body> is parsed, document.body is null whatever its declared type says.
			const body = document.body as HTMLElement | null;
			const first = body ? [...body.children].find((element) => element.tagName !== 'SCRIPT') : undefined;
			if (!first) return;
			document.documentElement.dataset.themeAtBody = document.documentElement.dataset.theme ?? 'unset';
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto('/guides/');
	await expect(page.locator('html')).toHaveAttribute('data-theme-at-body', 'dark');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('the theme follows the system setting until the reader chooses', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/guides/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/guides/what-is-outsourcing/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});
