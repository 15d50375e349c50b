// The campaign-link tool (/campaign-links/): the marketing team picks a page in either language (the calculator with
// preset answers), fills in the campaign, and gets a checked link, a copy button with its fallback, and a QR code that
// decodes (jsQR) to exactly that link, on screen and in the downloaded SVG file. It passes axe, breaks no CSP rule,
// requests nothing from another origin, and fits a phone.
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { siteOrigin } from '../support/dist';
import { expectNoAxeViolationsInBothThemes } from './support/axe';
import { expect, test } from './support/fixtures';

/** The origin the site was built for: campaign links are absolute. */
const SITE = siteOrigin();

// Each journey decodes QR codes and some run axe several times: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** Draws SVG source on a canvas in a blank page (no site CSP there) and decodes it as a phone camera app would. */
async function decodeSvg(context: BrowserContext, svg: string): Promise<string | null> {
	const blank = await context.newPage();
	try {
		const { width, height, pixels } = await blank.evaluate(async (source) => {
			const image = new Image();
			image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
			await image.decode();
			// Four pixels a module: a sharp image, as a camera sees a printed code up close.
			const [, , w = 0, h = 0] = (/viewBox="([^"]+)"/.exec(source)?.[1] ?? '').split(' ').map(Number);
			const scale = 4;
			const canvas = document.createElement('canvas');
			canvas.width = w * scale;
			canvas.height = h * scale;
			const context2d = canvas.getContext('2d');
			if (!context2d) throw new Error('no 2d context');
			context2d.imageSmoothingEnabled = false;
			context2d.drawImage(image, 0, 0, canvas.width, canvas.height);
			const { data } = context2d.getImageData(0, 0, canvas.width, canvas.height);
			// Base64, not an array of numbers: a fraction of the bytes to send back to the test.
			let binary = '';
			for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
			return { width: canvas.width, height: canvas.height, pixels: btoa(binary) };
		}, svg);
		return jsQR(new Uint8ClampedArray(Buffer.from(pixels, 'base64')), width, height)?.data ?? null;
	} finally {
		await blank.close();
	}
}

/** The QR code as the page shows it, serialised (what a screenshot of it would scan as). */
const shownSvg = (page: Page) => page.locator('svg[data-qr]').evaluate((svg) => new XMLSerializer().serializeToString(svg));

async function fillCampaign(page: Page, labels: { source: string; medium: string; campaign: string }, values: [string, string, string]) {
	await page.getByLabel(labels.source).fill(values[0]);
	await page.getByLabel(labels.medium).fill(values[1]);
	await page.getByLabel(labels.campaign).fill(values[2]);
}

const EN = { source: 'Source (utm_source)', medium: 'Medium (utm_medium)', campaign: 'Campaign (utm_campaign)' };
const BG = { source: 'Източник (utm_source)', medium: 'Канал (utm_medium)', campaign: 'Кампания (utm_campaign)' };

test('English: a guide link, normalised values, copied to the clipboard, its QR code and SVG download decoding to it', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);

	await page.goto('/campaign-links/');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await expect(page.getByText('This tool needs JavaScript')).toHaveCount(0);
	await expect(page.getByText('Fill in source, medium and campaign to get the link.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();

	await page.getByLabel('Page the link opens').selectOption('/guides/contract-clauses/');
	await expect(page.getByRole('group', { name: 'Calculator answers to preset (optional)' })).toBeHidden();
	await fillCampaign(page, EN, ['Newsletter', 'email', 'Spring Sale 2027']);
	await page.getByLabel('Content (utm_content, optional)').fill('Header Button');
	await expect(page.getByText('The link will carry: spring-sale-2027')).toBeVisible();
	await expect(page.getByText('The link will carry: header-button')).toBeVisible();

	const expected = `${SITE}/guides/contract-clauses/?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale-2027&utm_content=header-button`;
	const link = page.locator('[data-link]');
	await expect(link).toHaveText(expected);

	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

	// The code on screen: an SVG with a viewBox, crisp edges, a quiet zone and a name, decoding to the link shown.
	const qr = page.getByRole('img', { name: 'QR code of the link above' });
	await expect(qr).toBeVisible();
	await expect(qr).toHaveAttribute('viewBox', /^-4 -4 \d+ \d+$/);
	await expect(qr).toHaveAttribute('shape-rendering', 'crispedges');
	expect(await decodeSvg(context, await shownSvg(page))).toBe(await link.textContent());

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download QR code (SVG)' }).click()]);
	expect(download.suggestedFilename()).toBe('qr-spring-sale-2027.svg');
	const file = await readFile(await download.path(), 'utf8');
	expect(file).toMatch(/^<\?xml[^>]*\?><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
	// The file names what it links to, for whoever opens it later.
	expect(file).toContain(`<title>${expected.replaceAll('&', '&amp;')}</title>`);
	expect(await decodeSvg(context, file)).toBe(expected);

	// A changed value changes the link and the code, and clears the stale "copied" status.
	await page.getByLabel(EN.medium).fill('Print');
	await expect(link).toHaveText(expected.replace('utm_medium=email', 'utm_medium=print'));
	await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toHaveCount(0);
	expect(await decodeSvg(context, await shownSvg(page))).toBe(expected.replace('utm_medium=email', 'utm_medium=print'));
});

test('checks each field next to it: required values once left empty, values too long for the site to carry', async ({ page }) => {
	await page.goto('/campaign-links/');
	const source = page.getByLabel(EN.source);
	const sourceMessage = page.locator('#campaign-utm_source-message');
	await source.focus();
	await page.getByLabel(EN.medium).focus();
	await expect(source).toHaveAttribute('aria-invalid', 'true');
	await expect(sourceMessage).toHaveText('Enter a value: source, medium and campaign are required.');
	await expect(source).toHaveAccessibleDescription(/Enter a value: source, medium and campaign are required\./);
	// Fields not yet visited say nothing yet.
	await expect(page.getByLabel(EN.campaign)).toHaveAttribute('aria-invalid', 'false');

	await fillCampaign(page, EN, ['linkedin', 'social', 'q1']);
	await expect(source).toHaveAttribute('aria-invalid', 'false');
	await expect(sourceMessage).toHaveText('');
	await expect(page.locator('[data-link]')).toHaveText(`${SITE}/?utm_source=linkedin&utm_medium=social&utm_campaign=q1`);

	const term = page.getByLabel('Term (utm_term, optional)');
	await term.fill('a'.repeat(101));
	await expect(term).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#campaign-utm_term-message')).toHaveText(/^Too long/);
	await expect(page.locator('[data-link]')).toBeHidden();
	await expect(page.getByText('Fill in source, medium and campaign to get the link.')).toBeVisible();
	await term.fill('a'.repeat(100));
	await expect(term).toHaveAttribute('aria-invalid', 'false');
	await expect(page.locator('[data-link]')).toBeVisible();
});

test('Bulgarian: a calculator link with preset answers, which the calculator opens with those answers; the copy fallback', async ({ page, context }) => {
	await page.addInitScript(() => {
		const refusing = { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) };
		Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => refusing });
	});
	await page.goto('/bg/campaign-links/');
	await expect(page.getByLabel('Страница, която връзката отваря')).toHaveValue('/bg/');
	await page.getByLabel('Страница, която връзката отваря').selectOption('/bg/calculator/');
	await expect(page.getByRole('group', { name: 'Предварително зададени отговори в калкулатора (по избор)' })).toBeVisible();
	await page.locator('#campaign-preset-scope').selectOption('ito');
	await page.locator('#campaign-preset-location').selectOption('offshore');
	// Ticked out of order: the link lists them in the calculator's own order.
	await page.locator('#campaign-preset-share-algorithms').check();
	await page.locator('#campaign-preset-share-source-code').check();
	await page.locator('#campaign-preset-safeguards-nda').check();
	await fillCampaign(page, BG, ['LinkedIn', 'Social', 'Пролет 2027']);
	await expect(page.getByText('Връзката ще съдържа: пролет-2027')).toBeVisible();

	const query = 'scope=ito&location=offshore&share=source-code,algorithms&safeguards=nda';
	const campaign = `utm_source=linkedin&utm_medium=social&utm_campaign=${encodeURIComponent('пролет-2027')}`;
	const expected = `${SITE}/bg/calculator/?${query}&${campaign}`;
	const link = page.locator('[data-link]');
	await expect(link).toHaveText(expected);
	expect(await decodeSvg(context, await shownSvg(page))).toBe(expected);

	const field = page.getByLabel('Връзка за копиране');
	await expect(field).toBeHidden();
	await page.getByRole('button', { name: 'Копирайте връзката' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Браузърът ви не позволи копиране' })).toBeVisible();
	await expect(field).toBeFocused();
	await expect(field).toHaveValue(expected);

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Изтеглете QR кода (SVG)' }).click()]);
	expect(download.suggestedFilename()).toBe('qr-пролет-2027.svg');

	// Leaving the calculator hides the presets and drops them from the link.
	await page.getByLabel('Страница, която връзката отваря').selectOption('/guides/');
	await expect(link).toHaveText(`${SITE}/guides/?${campaign}`);

	// The link as the calculator reads it, on this site: the preset answers are chosen.
	await page.goto(`/bg/calculator/?${query}&${campaign}`);
	await expect(page.locator('#calc-scope-ito')).toBeChecked();
	await expect(page.locator('#calc-location-offshore')).toBeChecked();
	await expect(page.locator('#calc-share-source-code')).toBeChecked();
	await expect(page.locator('#calc-share-algorithms')).toBeChecked();
	await expect(page.locator('#calc-safeguards-nda')).toBeChecked();
});

// The page as it loads is a11y.spec.ts's; here the states it does not reach: a field left empty, and a link made.
for (const path of ['/campaign-links/', '/bg/campaign-links/']) {
	test(`${path}: axe finds nothing in either theme with a field left empty, and after a link is made`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
		await page.goto(path);
		const source = page.locator('#campaign-utm_source');
		await source.focus();
		await source.blur();
		await page.locator('#campaign-target').selectOption({ index: 2 });
		await expectNoAxeViolationsInBothThemes(page);
		await page.locator('#campaign-target').selectOption(path.startsWith('/bg/') ? '/bg/calculator/' : '/calculator/');
		await page.locator('#campaign-utm_source').fill('Newsletter');
		await page.locator('#campaign-utm_medium').fill('email');
		await page.locator('#campaign-utm_campaign').fill('q1');
		await expect(page.locator('svg[data-qr] path')).toHaveCount(1);
		// Now in the dark theme: every rule in it, then the colour rules in the light one.
		await expectNoAxeViolationsInBothThemes(page);
	});
}

test.describe('on a 390 × 844 phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

	test('the form, the longest link and the QR code fit without sideways scrolling', async ({ page, context }) => {
		await page.goto('/bg/campaign-links/');
		await page.getByLabel('Страница, която връзката отваря').selectOption('/bg/calculator/');
		for (const id of ['algorithms', 'source-code', 'customer-data', 'know-how', 'licensed-software']) await page.locator(`#campaign-preset-share-${id}`).check();
		await fillCampaign(page, BG, ['я'.repeat(25), 'я'.repeat(25), 'я'.repeat(25)]);
		await page.locator('#campaign-utm_content').fill('x'.repeat(100));
		const link = page.locator('[data-link]');
		await expect(link).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		const box = await page.locator('svg[data-qr]').boundingBox();
		expect(box?.width).toBeGreaterThan(200);
		expect(await decodeSvg(context, await shownSvg(page))).toBe(await link.textContent());
	});
});
