// The contact page's mail link always opens: the longest Bulgarian calculator summary still gives a link of at most
// 2,000 characters (with a notice that the e-mail carries a shortened message), the message and the address can be
// copied, with a visible fallback where the browser refuses the clipboard, and the page passes axe in both languages.
import type { Page } from '@playwright/test';
import { MAX_MAILTO_LENGTH } from '@/lib/cta/fitMailto';
import { MAX_PREFILL } from '@/lib/cta/prefillHref';
import { siteConfig } from '@/site.config';
import { expectNoAxeViolationsInBothThemes } from './support/axe';
import { expect, test } from './support/fixtures';

const EMAIL = siteConfig.contact.email;
/** The answers whose Bulgarian summary is the longest (every asset shared, the safeguards with the longest names missing). */
const LONGEST_BG = '/bg/calculator/?scope=kpo&location=onshore&org=rnd&share=source-code,customer-data,algorithms,know-how,licensed-software&safeguards=ip-clause,non-compete,audit,oversight,licence-check,access-control';
const CAMPAIGN = 'utm_source=newsletter&utm_medium=email&utm_campaign=ip-audit-2026';

const mailto = (page: Page) => page.locator('a[data-email-link]');
const hrefOf = async (page: Page) => (await mailto(page).getAttribute('href')) ?? '';
const bodyOf = (href: string) => decodeURIComponent(/[?&]body=([^&]*)/.exec(href)?.[1] ?? '');
/** A message far too long for a mail link: a page of Bulgarian. */
const LONG_MESSAGE = 'Възлагаме поддръжката на изходния код на изпълнител в Индия; кой притежава правата върху подобренията? '.repeat(12).trim();

/** Makes the Clipboard API refuse to write, as a browser does when permission is denied. */
async function refuseClipboard(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const refusing = { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) };
		Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => refusing });
	});
}

test('the longest Bulgarian calculator result reaches the contact page as a mail link of at most 2,000 characters, with a notice', async ({ page }) => {
	await page.goto(`${LONGEST_BG}&${CAMPAIGN}`);
	await expect(page.getByRole('heading', { level: 2, name: 'Вашият резултат' })).toBeVisible();
	await page.getByRole('link', { name: 'Обсъдете резултата с адвокат или представител по индустриална собственост' }).click();
	await expect(page).toHaveURL(/\/bg\/contact\/#message=/);
	const message = page.getByLabel('Вашето съобщение (по желание)');
	await expect(message).toHaveValue(/^Здравейте/);
	await expect(page.getByText('Това съобщение е попълнено от връзката, която сте отворили.')).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'ще се отвори със съкратен текст' })).toBeVisible();

	const href = await hrefOf(page);
	console.log(`/bg/contact/ after the longest calculator summary: mailto href of ${href.length} characters`);
	expect(href.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
	expect(href.startsWith(`mailto:${EMAIL}?subject=`)).toBe(true);
	const body = bodyOf(href);
	expect(body.startsWith((await message.inputValue()).slice(0, 40))).toBe(true);
	expect(body).toContain('[Съобщението е съкратено. Копирайте целия текст с бутона на страницата за контакт.]');
	expect(body.endsWith('[utm_source=newsletter&utm_medium=email&utm_campaign=ip-audit-2026]')).toBe(true);
});

test('"Copy message" copies the whole message box and "Copy e-mail address" the address, each saying so', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/contact/');
	await expect(page.getByText('This message was filled in from the link you followed')).toBeHidden();
	const message = page.getByLabel('Your message (optional)');
	await message.fill(LONG_MESSAGE);
	await expect(page.getByRole('status').filter({ hasText: 'the e-mail opens with a shortened copy' })).toBeVisible();
	expect((await hrefOf(page)).length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);

	await page.getByRole('button', { name: 'Copy message' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Message copied.' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(LONG_MESSAGE);

	await page.getByRole('button', { name: 'Copy e-mail address' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'E-mail address copied.' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(EMAIL);

	// A short message fits again: the notice goes, the mail link carries it whole.
	await message.fill('Short question about an NDA.');
	await expect(page.getByRole('status').filter({ hasText: 'shortened copy' })).toHaveCount(0);
	expect(bodyOf(await hrefOf(page))).toBe('Short question about an NDA.');
});

test('where the browser refuses the clipboard, the text is shown selected in a field, with how to copy it', async ({ page }) => {
	await refuseClipboard(page);
	await page.goto(`/bg/contact/#${new URLSearchParams({ message: LONG_MESSAGE }).toString()}`);
	const message = page.getByLabel('Вашето съобщение (по желание)');
	await expect(message).toHaveValue(LONG_MESSAGE.slice(0, MAX_PREFILL)); // readPrefill's cap
	const field = page.getByLabel('Текст за копиране');
	await expect(field).toBeHidden();

	const selection = () => field.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
	await page.getByRole('button', { name: 'Копирайте съобщението' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'натиснете Ctrl+C (⌘C на Mac)' })).toBeVisible();
	await expect(field).toBeVisible();
	await expect(field).toBeFocused();
	await expect(field).toHaveValue(await message.inputValue());
	expect(await selection()).toBe(await message.inputValue());

	await page.getByRole('button', { name: 'Копирайте имейл адреса' }).click();
	await expect(field).toHaveValue(EMAIL);
	await expect(field).toBeFocused();
	expect(await selection()).toBe(EMAIL);
});

test('without JavaScript the contact page is a plain mail link with the address as text, and no dead buttons', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
	const page = await context.newPage();
	await page.goto('/bg/contact/');
	await expect(page.getByRole('link', { name: 'Напишете имейл' })).toHaveAttribute('href', new RegExp(`^mailto:${EMAIL}\\?subject=[^&]+$`));
	await expect(page.getByText(EMAIL, { exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Копирайте съобщението' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Копирайте имейл адреса' })).toBeHidden();
	await context.close();
});

for (const [prefix, copy] of [
	['', 'Copy message'],
	['/bg', 'Копирайте съобщението'],
] as const) {
	test(`${prefix}/contact/ with a prefilled message, the shortened notice and the copy field has no axe violations in either theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
		await refuseClipboard(page);
		await page.goto(`${prefix}/contact/#${new URLSearchParams({ message: LONG_MESSAGE }).toString()}`);
		await expect(page.locator('[data-shortened]')).not.toBeEmpty();
		await expect(page.locator('[data-prefilled]')).toBeVisible();
		await page.getByRole('button', { name: copy }).click();
		await expect(page.locator('[data-copy-field]')).toBeVisible();
		await expectNoAxeViolationsInBothThemes(page);
	});
}
