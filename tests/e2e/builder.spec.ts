// The contract builder as a reader uses it, in both languages: from the calculator's result to a draft with the
// recommended clauses ticked, details filled in and clauses toggled, the bilingual preview, the .docx downloaded and
// read back, the PDF, the share link in a fresh browser, the keyboard alone, a phone, axe in both themes, hostile links
// and values as text, and no CSP or Trusted Types violation. Expected clauses come from the clause data.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { FIELD_IDS } from '../../src/lib/clauses/fields';
import { LOCALE_INFO, type Locale } from '../../src/lib/i18n/locales';
import { localizePath } from '../../src/lib/i18n/localizePath';
import { dictionaries } from '../../src/lib/i18n/useTranslations';
import { MAX_MAILTO_LENGTH } from '../../src/lib/cta/fitMailto';
import { MAX_NOTICE_ITEMS } from '../../src/lib/risk/collectAnswers';
import { serializeAnswers } from '../../src/lib/risk/shareUrl';
import { DEFAULT_ANSWERS, type Answers } from '../../src/lib/risk/factors';
import { expectedClauses } from '../support/clauseRules';
import { readClauses } from '../support/content';
import { wordText } from '../support/wordText';
import { expectNoAxeViolationsInBothThemes } from './support/axe';
import { expect, test } from './support/fixtures';
import { horizontalOverflow } from './support/layout';

const clauses = readClauses();
const titleOf = (id: string, locale: Locale) => clauses.find((c) => c.id === id)?.title[locale] ?? id;
/** A deal the calculator rates as risky, so that more than the clauses every deal needs are ticked. */
const DEAL: Answers = { scope: 'ito', location: 'offshore', org: 'startup', share: ['source-code', 'know-how'], safeguards: ['nda'] };
const HOSTILE = { markup: '<img src=x onerror=alert(1)>', breakout: '"><script>alert(1)</script>', rtl: 'Beta \u202Eevil\u202C Ltd', long: 'x'.repeat(10_000) };
const [client, provider, agreement] = ['client', 'provider', 'agreement'] as const;
for (const id of [client, provider, agreement]) if (!FIELD_IDS.includes(id)) throw new Error(`${id} is not a deal field`);

/** Waits until the islands run: the draft's buttons are hidden until then. */
const ready = (page: Page) => expect(page.locator('oip-builder-actions [data-panel]')).toBeVisible();
const ticked = (page: Page) => page.locator('input[name="clause"]:checked').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
const shownParts = (page: Page) => page.locator('section[data-part]:visible').evaluateAll((parts) => parts.map((p) => (p as HTMLElement).dataset['part']));
const slot = (page: Page, id: string, locale: Locale) => page.locator(`.schedule .row > [lang="${LOCALE_INFO[locale].lang}"] bdi[data-field="${id}"]`).first();

/** The text Word shows of a .docx part (runs joined, entities decoded) and its raw XML. */
async function readDocx(path: string) {
	const files = unzipSync(new Uint8Array(await readFile(path)));
	const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
	return { xml, text: wordText(xml), notes: strFromU8(files['word/footnotes.xml'] ?? new Uint8Array()) };
}

test.beforeEach(({ page }) => {
	page.on('dialog', (dialog) => {
		throw new Error(`a value ran as code: ${dialog.message()}`);
	});
});

for (const locale of ['en', 'bg'] as const) {
	const t = dictionaries[locale];
	const builderPath = localizePath('/contract-builder/', locale);

	test.describe(locale, () => {
		test('from the calculator’s result: the recommended clauses ticked with reasons, filled in, toggled, bilingual, downloaded as .docx and printed', async ({ page }) => {
			await page.goto(`${localizePath('/calculator/', locale)}?${serializeAnswers(DEAL)}`);
			await page.getByRole('link', { name: t['calc.builder.button'] }).click();
			await expect(page).toHaveURL(new RegExp(`${builderPath}$`));
			await ready(page);
			const expected = expectedClauses(DEAL);
			expect(await ticked(page)).toEqual(expected);
			for (const id of expected) await expect(page.locator(`#clause-${id}-why [data-reason]:visible`)).toHaveCount(1);
			expect(await shownParts(page)).toEqual(['definitions', ...expected, 'notes']);

			// Fill in the parties, hostile values included: they show as text.
			await page.locator(`#field-${client}`).fill(HOSTILE.markup);
			await page.locator(`#field-${provider}`).fill(HOSTILE.breakout);
			await page.locator(`#field-${agreement}`).fill(HOSTILE.rtl);
			await expect(slot(page, client, locale)).toHaveText(HOSTILE.markup);
			await expect(slot(page, provider, locale)).toHaveText(HOSTILE.breakout);
			// The direction override is dropped: it could reorder the contract's words around the name.
			await expect(slot(page, agreement, locale)).toHaveText('Beta evil Ltd');
			await expect(page.locator('oip-schedule-preview img, oip-schedule-preview script')).toHaveCount(0);

			// Toggle: untick the first recommended clause, tick one that was not; numbering follows library order.
			const [dropped] = expected;
			const added = clauses.map((c) => c.id).find((id) => !expected.includes(id));
			if (!dropped || !added) throw new Error('the library has a recommended and an unrecommended clause for this deal');
			await page.locator(`#clause-${dropped}`).uncheck();
			await page.locator(`#clause-${added}`).check();
			const selected = clauses.map((c) => c.id).filter((id) => (id === added || expected.includes(id)) && id !== dropped);
			expect(await shownParts(page)).toEqual(['definitions', ...selected, 'notes']);
			const numbers = await page.locator(`section[data-part]:visible h4[lang="${LOCALE_INFO[locale].lang}"] [data-number]`).allTextContents();
			expect(numbers).toEqual(['1', ...selected.map((_, i) => String(i + 2))]);
			await expect(page.locator('[data-count]')).toHaveText(t['builder.clauses.count'].replace('{count}', String(selected.length)).replace('{total}', String(clauses.length)));

			// Bilingual: both columns, clause by clause.
			await page.getByLabel(t['builder.mode.both']).check();
			for (const l of ['en', 'bg'] as const) await expect(page.locator(`section[data-part="${added}"] h4[lang="${LOCALE_INFO[l].lang}"]`)).toBeVisible();

			// The .docx, read back: every shown clause's heading in both languages, the parties as text.
			const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t['builder.docx'] }).click()]);
			expect(download.suggestedFilename()).toBe(`${t['builder.docxFile']}.docx`);
			const docx = await readDocx(await download.path());
			for (const id of selected) for (const l of ['en', 'bg'] as const) expect(docx.text).toContain(titleOf(id, l));
			for (const value of [HOSTILE.markup, HOSTILE.breakout, 'Beta evil Ltd']) expect(docx.text).toContain(value);
			expect(docx.xml).not.toMatch(/<img|<script|\u202e/);
			expect(docx.xml).toContain('<w:tbl>');
			expect(docx.xml).toContain('<w:footnoteReference');
			await expect(page.getByRole('status').filter({ hasText: `${t['builder.docxFile']}.docx` })).toBeVisible();

			// Print: the schedule alone, clauses kept whole, on a sensible number of A4 pages.
			await page.emulateMedia({ media: 'print' });
			for (const hidden of ['oip-builder-clauses', 'oip-builder-form', 'oip-builder-actions [data-panel]', 'oip-builder-actions .modes', '.site-header nav', '.contact-cta']) await expect(page.locator(hidden).first()).toBeHidden();
			await expect(page.locator('.schedule')).toBeVisible();
			expect(await page.locator(`section[data-part="${added}"]`).evaluate((s) => getComputedStyle(s).breakInside)).toBe('avoid');
			const pdf = await page.pdf({ format: 'A4' });
			const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
			expect(pages).toBeGreaterThanOrEqual(2);
			expect(pages).toBeLessThanOrEqual(60);
		});

		test('a copied link restores the draft in a fresh browser; the text copy holds the draft', async ({ page, context, browser, baseURL }) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.goto(`${builderPath}?${serializeAnswers(DEAL)}`);
			await ready(page);
			await page.locator(`#field-${client}`).fill('Acme Ltd');
			await page.getByLabel(t['builder.mode.both']).check();
			const [first] = await ticked(page);
			await page.locator(`#clause-${first ?? ''}`).uncheck();
			const state = { clauses: await ticked(page), client: 'Acme Ltd' };

			await page.getByRole('button', { name: t['builder.copyText'] }).click();
			await expect(page.getByRole('status').filter({ hasText: t['builder.textCopied'] })).toBeVisible();
			const text = await page.evaluate(() => navigator.clipboard.readText());
			expect(text).toContain(t['builder.schedule.title']);
			expect(text).toContain('Acme Ltd');
			for (const id of state.clauses) expect(text).toContain(titleOf(id, 'bg'));

			await page.getByRole('button', { name: t['builder.copyLink'] }).click();
			await expect(page.getByRole('status').filter({ hasText: t['builder.linkCopied'] })).toBeVisible();
			const link = await page.evaluate(() => navigator.clipboard.readText());
			expect(link.startsWith(`${baseURL}${builderPath}?${serializeAnswers(DEAL)}&`)).toBe(true);

			const fresh = await browser.newContext({ baseURL: baseURL ?? '' });
			const other = await fresh.newPage();
			await other.goto(link);
			await ready(other);
			expect(await ticked(other)).toEqual(state.clauses);
			await expect(other.locator(`#field-${client}`)).toHaveValue('Acme Ltd');
			await expect(other.getByLabel(t['builder.mode.both'])).toBeChecked();
			// Saved there now: the address bar is clean, and a reload keeps the draft.
			await expect(other).toHaveURL(new RegExp(`${builderPath}$`));
			await other.reload();
			await ready(other);
			expect(await ticked(other)).toEqual(state.clauses);
			await fresh.close();
		});

		test('keyboard only: untick a clause, type a detail, choose both languages, copy the text', async ({ page }) => {
			await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
			await page.goto(builderPath);
			await ready(page);
			const [first] = await ticked(page);
			const tabTo = async (selector: string) => {
				for (let i = 0; i < 200; i++) {
					if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
					await page.keyboard.press('Tab');
				}
				throw new Error(`Tab never reached ${selector}`);
			};
			await tabTo(`#clause-${first ?? ''}`);
			await page.keyboard.press('Space');
			await expect(page.locator(`section[data-part="${first ?? ''}"]`)).toBeHidden();
			await tabTo(`#field-${client}`);
			await page.keyboard.type('Acme Ltd');
			await expect(slot(page, client, locale)).toHaveText('Acme Ltd');
			await tabTo(`input[name="mode"][value="${locale}"]`);
			await page.keyboard.press(locale === 'en' ? 'ArrowRight' : 'ArrowLeft');
			await page.keyboard.press(locale === 'en' ? 'ArrowRight' : 'ArrowLeft');
			await expect(page.getByLabel(t['builder.mode.both'])).toBeChecked();
			await tabTo('[data-copy-text]');
			await page.keyboard.press('Enter');
			// Without clipboard access the text is shown selected, with focus on it, to copy by hand.
			await expect(page.locator('#builder-copy-field')).toBeFocused();
			expect(await page.locator('#builder-copy-field').inputValue()).toContain('Acme Ltd');
		});

		test('a hostile link: unknown clauses, values and names listed as text, ten at most, the rest counted; unusable values left out', async ({ page }) => {
			const junk = Array.from({ length: 30 }, (_, i) => `x${i}=1`).join('&');
			await page.goto(`${builderPath}?clauses=${encodeURIComponent(`${HOSTILE.markup},${clauses[0]?.id ?? ''}`)}&lang=${encodeURIComponent(HOSTILE.breakout)}&${client}=${HOSTILE.long}&${junk}`);
			await ready(page);
			const notice = page.locator('oip-builder-form [data-notice]');
			await expect(notice.locator('p')).toHaveText(t['builder.notice.link']);
			await expect(notice.locator('li')).toHaveCount(MAX_NOTICE_ITEMS + 1);
			await expect(notice.locator('li').first()).toContainText(HOSTILE.markup.slice(0, 20));
			await expect(notice.locator('img, script')).toHaveCount(0);
			expect(await ticked(page)).toEqual([clauses[0]?.id]);
			await expect(page.locator(`#field-${client}`)).toHaveValue('');
			await expect(slot(page, client, locale)).toHaveText(dictionaries[locale]['clauses.blank.client']);

			// Typed, the same value is kept in the field with a message, and the draft keeps its blank.
			await page.locator(`#field-${client}`).fill(HOSTILE.long);
			await expect(page.locator(`#field-${client}`)).toHaveAttribute('aria-invalid', 'true');
			await expect(page.locator(`#field-${client}-problem`)).toContainText('10');
			await expect(slot(page, client, locale)).toHaveText(dictionaries[locale]['clauses.blank.client']);
		});

		test('“Ask a lawyer” opens the contact page with a summary: the deal, the clause ids, the language; the mail link stays short', async ({ page }) => {
			await page.goto(`${builderPath}?${serializeAnswers(DEAL)}`);
			await ready(page);
			await page.getByRole('link', { name: t['builder.cta.button'] }).click();
			await expect(page).toHaveURL(new RegExp(`${localizePath('/contact/', locale)}#message=`));
			// The contact page's island fills the field once its script has run: wait for it, not for the address.
			await expect(page.locator('#contact-message')).not.toHaveValue('');
			const message = await page.locator('#contact-message').inputValue();
			for (const id of expectedClauses(DEAL)) expect(message).toContain(id);
			expect(message).toContain(t[`builder.mode.${locale}`]);
			const mailto = await page.locator('a[href^="mailto:"]').first().getAttribute('href');
			expect(mailto?.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
		});

		test('on a 390 px phone nothing scrolls sideways, even bilingual and filled in, and a link leads to the draft', async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(builderPath);
			await ready(page);
			await page.locator(`#field-${client}`).fill(HOSTILE.long.slice(0, 160));
			await page.getByLabel(t['builder.mode.both']).check();
			const overflow = await horizontalOverflow(page);
			expect(overflow).toBeLessThanOrEqual(0);
			await page.getByRole('link', { name: t['builder.toDraft'] }).click();
			await expect(page.locator('#draft-heading')).toBeInViewport();
		});

		test('no axe violations in either theme, bilingual, filled in, with a problem and a notice', async ({ page }) => {
			await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
			await page.goto(`${builderPath}?clauses=nope`);
			await ready(page);
			await page.getByLabel(t['builder.mode.both']).check();
			await page.locator(`#field-${client}`).fill('x'.repeat(500));
			await page.locator(`#field-${provider}`).fill('Acme');
			await expect(page.locator(`#field-${client}-problem`)).not.toBeEmpty();
			await expectNoAxeViolationsInBothThemes(page);
		});
	});
}


test('going back to the builder shows the draft another tab saved meanwhile, not the controls as this tab left them', async ({ context }) => {
	const first = await context.newPage();
	await first.goto('/contract-builder/');
	await ready(first);
	const box = first.locator('input[name="clause"]').nth(1);
	const clause = await box.getAttribute('value');
	const ticked = await box.isChecked();
	await first.goto('/guides/');
	const second = await context.newPage();
	await second.goto('/contract-builder/');
	await ready(second);
	await second.locator(`input[name="clause"][value="${clause}"]`).setChecked(!ticked);
	await second.getByRole('radio', { name: 'English and Bulgarian, side by side' }).check();
	await first.goBack();
	await ready(first);
	// Chromium puts back the controls as this tab left them once the page has loaded, after the islands have drawn.
	await first.waitForFunction(() => document.readyState === 'complete');
	await expect(first.locator(`input[name="clause"][value="${clause}"]`)).toBeChecked({ checked: !ticked });
	await expect(first.getByRole('radio', { name: 'English and Bulgarian, side by side' })).toBeChecked();
});

test('without JavaScript the draft is there to read and print, the language still switches, and a notice says what needs JavaScript', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
	const page = await context.newPage();
	await page.goto('/contract-builder/');
	await expect(page.locator('oip-builder-form [data-needs-js]')).toBeVisible();
	await expect(page.locator('oip-builder-actions [data-panel]')).toBeHidden();
	await expect(page.locator('.schedule [lang="bg"]').first()).toBeHidden();
	await page.getByLabel(dictionaries.en['builder.mode.both']).check();
	await expect(page.locator('.schedule [lang="bg"]').first()).toBeVisible();
	await context.close();
});

test('saved work survives a reload; saved work that cannot be read says so and loses nothing else', async ({ page }) => {
	await page.goto('/contract-builder/');
	await ready(page);
	await page.locator(`#field-${client}`).fill('Acme Ltd');
	await page.reload();
	await ready(page);
	await expect(page.locator(`#field-${client}`)).toHaveValue('Acme Ltd');
	await page.evaluate(() => {
		for (const key of Object.keys(localStorage)) if (key.startsWith('contract-builder')) localStorage.setItem(key, '{broken');
	});
	await page.reload();
	await ready(page);
	await expect(page.locator('oip-builder-form [data-notice]')).toHaveText(dictionaries.en['builder.notice.corrupt']);
	expect(await ticked(page)).toEqual(expectedClauses(DEFAULT_ANSWERS));
});

test('what the reader types, ticks or chooses while the page is still loading is kept when its script starts', async ({ page }) => {
	// The builder's script is held back until the reader has acted on the page as the server sent it.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_astro\/BuilderScript[^/]*\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/contract-builder/', { waitUntil: 'commit' });
	const recommended = expectedClauses(DEFAULT_ANSWERS);
	const dropped = recommended[0];
	if (!dropped) throw new Error('no clause is recommended for the default answers');
	await page.locator(`#field-${client}`).fill('Acme Ltd');
	await page.locator(`#clause-${dropped}`).uncheck();
	await page.getByLabel(dictionaries.en['builder.mode.both']).check();
	release();
	await ready(page);
	await expect(page.locator(`#field-${client}`)).toHaveValue('Acme Ltd');
	await expect(slot(page, client, 'bg')).toHaveText('Acme Ltd');
	expect(await ticked(page)).toEqual(recommended.filter((id) => id !== dropped));
	await expect(page.getByLabel(dictionaries.en['builder.mode.both'])).toBeChecked();
});
