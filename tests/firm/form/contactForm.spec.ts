// The contact form of a firm that has a form endpoint (the sample firm's build, playwright.firm.config.ts): the script
// sends it with fetch to the configured address, under the page's own CSP, and says what happened; a failed send keeps
// everything typed and points to the e-mail link and the copy buttons; a filled-in honeypot or a wrong e-mail address
// sends nothing; without JavaScript it is a plain form post of the same fields. The endpoint is a local stub server
// (formStub.ts) that the browser's posts are routed to, so nothing leaves the machine. Keyboard only, on a 390 px
// phone, and axe in both themes and both languages.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadSiteConfig } from '@/build/siteConfigSource';
import { contactFormBody, DEFAULT_HONEYPOT, FORM_FIELDS } from '@/lib/contactForm/contactForm';
import type { Locale } from '@/lib/i18n/locales';
import { localizePath } from '@/lib/i18n/localizePath';
import { useTranslations } from '@/lib/i18n/useTranslations';
import { expect, test as base } from '../../e2e/support/fixtures';
import { startFormStub, type FormStub } from './formStub';

const { config, file } = loadSiteConfig();
const form = config.contactForm;
if (!form) throw new Error(`${file} sets no contactForm: these tests need a firm with a form endpoint (npm run test:firm builds the sample firm's)`);
/** The address the form posts to, absolute (a path is on the site under test, as the page resolves it). */
const endpointOn = (baseURL: string) => new URL(form.endpoint, baseURL).href;
const HONEYPOT = form.honeypot ?? DEFAULT_HONEYPOT;

const test = base.extend<{ stub: FormStub }>({
	allowedOrigins: async ({ baseURL }, use) => {
		await use([new URL(endpointOn(baseURL ?? '')).origin]);
	},
	stub: async ({ page, baseURL }, use) => {
		const stub = await startFormStub();
		await stub.route(page, endpointOn(baseURL ?? ''));
		await use(stub);
		await stub.close();
	},
});

// The browser reports each failed answer the stub gives (422, 500) or a cut connection in the console: expected here.
test.use({ allowedConsole: [/^Failed to load resource: (the server responded with a status of (422|500)|net::ERR_CONNECTION_FAILED)/] });

const contactPath = (locale: Locale) => localizePath('/contact/', locale);
const FIELDS = { name: 'Мария Иванова', email: 'maria@firm.bg', message: 'We outsource our app to a team in Vietnam.\nWho owns the source code & the designs?' };

/** The form's fields and controls, found as a reader finds them: by their labels and names. */
function formOf(page: Page, locale: Locale) {
	const t = useTranslations(locale);
	return {
		t,
		name: page.getByLabel(t('contact.form.name')),
		email: page.getByLabel(t('contact.form.email')),
		message: page.getByLabel(t('contact.form.message'), { exact: true }),
		send: page.getByRole('button', { name: t('contact.form.send') }),
		status: page.locator('[data-form-status]'),
	};
}

async function fillIn(page: Page, locale: Locale, fields = FIELDS) {
	const f = formOf(page, locale);
	await f.name.fill(fields.name);
	await f.email.fill(fields.email);
	await f.message.fill(fields.message);
	return f;
}

test('sent: the stub receives the fields and the campaign in the plain form’s encoding, the reader is thanked, the form empties', async ({ page, stub }) => {
	await page.goto(`${contactPath('en')}?utm_source=newsletter&utm_campaign=ip-audit`);
	const f = await fillIn(page, 'en');
	await f.send.click();
	await expect(f.status).toHaveText(f.t('contact.form.sent'));
	expect(stub.posts).toHaveLength(1);
	const [post] = stub.posts;
	expect(post?.contentType).toMatch(/^application\/x-www-form-urlencoded/);
	expect(post?.accept).toBe('application/json');
	expect(post?.body).toBe(contactFormBody(FIELDS, [['utm_source', 'newsletter'], ['utm_campaign', 'ip-audit']], HONEYPOT).toString());
	await expect(f.name).toHaveValue('');
	await expect(f.message).toHaveValue('');
});

test('a prefilled message from the calculator’s link is what the form sends', async ({ page, stub }) => {
	const prefill = 'Hello, our risk result was high. Can you review our NDA?';
	await page.goto(`${contactPath('en')}#${new URLSearchParams({ message: prefill }).toString()}`);
	const f = formOf(page, 'en');
	await expect(f.message).toHaveValue(prefill);
	const notice = page.getByText(f.t('contact.prefilled'));
	await expect(notice).toBeVisible();
	await f.name.fill(FIELDS.name);
	await f.email.fill(FIELDS.email);
	await f.send.click();
	await expect(f.status).toHaveText(f.t('contact.form.sent'));
	expect(Object.fromEntries(stub.posts[0]?.fields ?? [])).toMatchObject({ [FORM_FIELDS.message]: prefill });
	// Sent, the form is empty again, and the notice about the link's message goes with it.
	await expect(f.message).toHaveValue('');
	await expect(notice).toBeHidden();
});

test('while the service is slow the status says so and the button waits; then the message is sent once', async ({ page, stub }) => {
	stub.mode = 'hold';
	await page.goto(contactPath('bg'));
	const f = await fillIn(page, 'bg');
	await f.send.click();
	await expect(f.status).toHaveText(f.t('contact.form.sending'));
	await expect(f.send).toHaveAttribute('aria-disabled', 'true');
	await expect(f.send).toBeFocused();
	// A second press while it is on its way sends nothing more.
	await page.keyboard.press('Enter');
	await expect.poll(() => stub.posts.length).toBe(1);
	stub.release();
	await expect(f.status).toHaveText(f.t('contact.form.sent'));
	await expect(f.send).not.toHaveAttribute('aria-disabled');
	expect(stub.posts).toHaveLength(1);
});

for (const [mode, key, status] of [
	['fail', 'contact.form.unavailable', 500],
	['refuse', 'contact.form.refused', 422],
] as const) {
	test(`a ${status} answer: the reason and what to do, everything typed kept, and the e-mail link carries the message (bg)`, async ({ page, stub }) => {
		stub.mode = mode;
		await page.goto(contactPath('bg'));
		const f = await fillIn(page, 'bg');
		await f.send.click();
		await expect(f.status).toHaveText(f.t(key, { status }));
		await expect(f.name).toHaveValue(FIELDS.name);
		await expect(f.email).toHaveValue(FIELDS.email);
		await expect(f.message).toHaveValue(FIELDS.message);
		// The way round: the e-mail link with the message in it, and the copy buttons.
		const mail = page.getByRole('link', { name: f.t('contact.email') });
		await expect(mail).toBeVisible();
		expect(decodeURIComponent(/[?&]body=([^&]*)/.exec((await mail.getAttribute('href')) ?? '')?.[1] ?? '')).toBe(FIELDS.message);
		await expect(page.getByRole('button', { name: f.t('contact.copyMessage') })).toBeVisible();
		// Sent again once the service is back, nothing retyped.
		stub.mode = 'accept';
		await f.send.click();
		await expect(f.status).toHaveText(f.t('contact.form.sent'));
		expect(stub.posts).toHaveLength(2);
	});
}

test('no answer at all (the connection fails): not confirmed, and everything typed kept', async ({ page, baseURL }) => {
	await page.route(`${endpointOn(baseURL ?? '')}**`, (route) => route.abort('connectionfailed'));
	await page.goto(contactPath('en'));
	const f = await fillIn(page, 'en');
	await f.send.click();
	await expect(f.status).toHaveText(f.t('contact.form.unconfirmed'));
	await expect(f.message).toHaveValue(FIELDS.message);
});

test('a filled-in honeypot sends nothing and says to use e-mail, keeping the message', async ({ page, stub }) => {
	await page.goto(contactPath('en'));
	const f = await fillIn(page, 'en');
	await page.locator(`[name="${HONEYPOT}"]`).fill('https://spam.example/', { force: true });
	await f.send.click();
	await expect(f.status).toHaveText(f.t('contact.form.blocked'));
	await expect(f.message).toHaveValue(FIELDS.message);
	expect(stub.posts).toEqual([]);
});

test('a wrong e-mail address: a visible message beside the field, focus on it, nothing sent; corrected, it goes', async ({ page, stub }) => {
	await page.goto(contactPath('en'));
	const f = await fillIn(page, 'en', { ...FIELDS, email: 'maria@firm' + '..bg' });
	await f.send.click();
	await expect(f.status).toHaveText(f.t('contact.form.invalid'));
	await expect(page.getByText(f.t('contact.form.emailInvalid'))).toBeVisible();
	await expect(f.email).toHaveAttribute('aria-invalid', 'true');
	await expect(f.email).toBeFocused();
	await expect(f.email).toHaveAccessibleDescription(f.t('contact.form.emailInvalid'));
	await expect(f.name).toHaveAttribute('aria-invalid', 'false');
	expect(stub.posts).toEqual([]);
	await f.email.fill(FIELDS.email);
	await expect(page.getByText(f.t('contact.form.emailInvalid'))).toBeHidden();
	await expect(f.email).toHaveAttribute('aria-invalid', 'false');
	await f.send.click();
	await expect(f.status).toHaveText(f.t('contact.form.sent'));
});

test('empty fields are each named, the first focused', async ({ page, stub }) => {
	await page.goto(contactPath('bg'));
	const f = formOf(page, 'bg');
	await f.send.click();
	for (const key of ['contact.form.nameMissing', 'contact.form.emailMissing', 'contact.form.messageMissing'] as const) await expect(page.getByText(f.t(key))).toBeVisible();
	await expect(f.name).toBeFocused();
	expect(stub.posts).toEqual([]);
});

test('keyboard only: name, e-mail, message, then the button (the honeypot is never reached), Enter sends', async ({ page, stub }) => {
	await page.goto(contactPath('en'));
	const f = formOf(page, 'en');
	await f.name.focus();
	await page.keyboard.type(FIELDS.name);
	await page.keyboard.press('Tab');
	await expect(f.email).toBeFocused();
	await page.keyboard.type(FIELDS.email);
	await page.keyboard.press('Tab');
	await expect(f.message).toBeFocused();
	await page.keyboard.type('Short question about an NDA.');
	await page.keyboard.press('Tab');
	await expect(f.send).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(f.status).toHaveText(f.t('contact.form.sent'));
	expect(Object.fromEntries(stub.posts[0]?.fields ?? [])).toMatchObject({ name: FIELDS.name, [HONEYPOT]: '' });
});

test('on a 390 px phone the form fits: nothing scrolls sideways, the error included', async ({ page, stub }) => {
	stub.mode = 'fail';
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(contactPath('bg'));
	const f = await fillIn(page, 'bg');
	await f.send.click();
	await expect(f.status).not.toBeEmpty();
	await expect(f.status).toBeInViewport({ ratio: 0 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	const box = await f.send.boundingBox();
	expect(box && box.x + box.width).toBeLessThanOrEqual(390);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the form is a plain post of the same fields to the endpoint', async ({ page, stub, baseURL }) => {
		await page.goto(contactPath('bg'));
		const f = await fillIn(page, 'bg');
		await f.send.click();
		await expect(page.getByRole('heading', { name: 'Form service: ok' })).toBeVisible();
		expect(page.url()).toBe(endpointOn(baseURL ?? ''));
		expect(stub.posts).toHaveLength(1);
		const [post] = stub.posts;
		expect(post?.contentType).toMatch(/^application\/x-www-form-urlencoded/);
		// The same fields in the same order as the script sends (which adds the campaign's, when there is one).
		expect(post?.body).toBe(contactFormBody(FIELDS, [], HONEYPOT).toString());
	});

	test('the browser itself refuses an empty form', async ({ page, stub }) => {
		await page.goto(contactPath('en'));
		const f = formOf(page, 'en');
		await f.send.click();
		await expect(f.name).toBeFocused();
		expect(await f.name.evaluate((input: HTMLInputElement) => input.validity.valueMissing)).toBe(true);
		expect(stub.posts).toEqual([]);
	});
});

for (const theme of ['light', 'dark'] as const) {
	for (const locale of ['en', 'bg'] as const) {
		test(`${contactPath(locale)} with field errors, then a failed send, has no axe violations (${theme})`, async ({ page, stub }) => {
			stub.mode = 'fail';
			await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
			await page.goto(contactPath(locale));
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			const f = await fillIn(page, locale, { ...FIELDS, email: 'maria' });
			await f.send.click();
			await expect(f.email).toHaveAttribute('aria-invalid', 'true');
			const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
			const describe = (results: Awaited<ReturnType<typeof axe>>) => results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(describe(await axe())).toEqual([]);
			await f.email.fill(FIELDS.email);
			await f.send.click();
			await expect(f.status).toHaveText(f.t('contact.form.unavailable', { status: 500 }));
			expect(describe(await axe())).toEqual([]);
		});
	}
}
