// The risk calculator as a new reader uses it: keyboard only, share links, saved answers, hostile links,
// the contact hand-over, no JavaScript, print, and axe in both languages and both themes.
import type { Page } from '@playwright/test';
import { siteConfig } from '../../src/site.config';
import { expectNoAxeViolationsInBothThemes } from './support/axe';
import { expect, test } from './support/fixtures';

const STORAGE_KEY = 'ip-risk-answers:v1';
const HIGH_RISK_LINK = '/calculator/?scope=ito&location=offshore&org=startup&share=source-code';

/** Waits until the islands are running: the result panel is hidden until its script fills it. */
async function ready(page: Page, heading = 'Your result'): Promise<void> {
	await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
}

const overall = async (page: Page) => Number(await page.locator('[data-overall]').textContent());
const level = (page: Page) => page.locator('[data-level-label]');
const checkedValues = (page: Page) => page.locator('[data-form] input:checked').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

/** Opens the calculator, ticks the answers with these labels and returns every answer then checked. */
async function answer(page: Page, labels: readonly string[]): Promise<string[]> {
	await page.goto('/calculator/');
	await ready(page);
	for (const label of labels) await page.getByLabel(label).check();
	return checkedValues(page);
}

/** Presses Tab until the element with `id` has focus (keyboard only, like a reader without a mouse). */
async function tabTo(page: Page, id: string): Promise<void> {
	for (let i = 0; i < 40; i++) {
		if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached #${id}`);
}

test('a reader answers with the keyboard only and sees the result change, up to high risk and back down', async ({ page }) => {
	await page.goto('/calculator/');
	await ready(page);
	await expect(page.locator('[data-form] input:checked')).toHaveCount(3);
	await expect(page.getByText('Scoring needs JavaScript')).toHaveCount(0);
	const start = await overall(page);
	await expect(page.locator('[data-announce]')).toHaveText('');

	// Radios: Tab into a group, arrow keys choose.
	await tabTo(page, 'calc-scope-bpo');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByLabel('Information technology (ITO)')).toBeChecked();
	await expect.poll(() => overall(page)).not.toBe(start);

	await page.keyboard.press('Tab');
	await expect(page.getByLabel('In your own country (onshoring)')).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByLabel('In a distant country (offshoring)')).toBeChecked();

	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Small or medium-sized business')).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(page.getByLabel('Technology startup')).toBeChecked();

	// Checkboxes: Tab to each, Space ticks.
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Source code')).toBeFocused();
	await page.keyboard.press('Space');
	await expect(page.getByLabel('Source code')).toBeChecked();

	await expect(level(page)).toHaveText(/^(High|Critical)$/);
	const highScore = await overall(page);
	expect(highScore).toBeGreaterThanOrEqual(50);
	// The level change is announced once, politely, as text.
	await expect(page.locator('[data-announce]')).toHaveText(/^Risk level: (High|Critical) \(\d+ out of 100\)$/);
	await expect(page.locator('[data-announce]')).toHaveAttribute('aria-live', 'polite');
	await expect(page.getByRole('heading', { name: 'Safeguards to add first' })).toBeVisible();
	await expect(page.locator('[data-list] li:not([hidden])')).toHaveCount(9);

	// Tick every safeguard.
	await tabTo(page, 'calc-safeguards-nda');
	for (let i = 0; i < 9; i++) {
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
	}
	await expect(page.locator('input[name="safeguards"]:checked')).toHaveCount(9);
	await expect.poll(() => overall(page)).toBeLessThan(highScore);
	await expect(level(page)).not.toHaveText(/Critical/);
	await expect(page.getByText('You have every safeguard that would lower this score.')).toBeVisible();
	await expect(page.locator('[data-list] li:not([hidden])')).toHaveCount(0);
});

test('each missing safeguard shows its reduction, a reason and a link to the clause that implements it', async ({ page }) => {
	await page.goto(HIGH_RISK_LINK);
	await ready(page);
	const first = page.locator('[data-list] li:not([hidden])').first();
	await expect(first.locator('[data-reduction]')).toHaveText(/^lowers the score by \d+ points?$/);
	const link = first.getByRole('link', { name: /How to put it in place/ });
	const href = (await link.getAttribute('href')) ?? '';
	expect(href).toMatch(/^\/guides\/contract-clauses\/#[a-z-]+$/);
	await link.click();
	await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, '\\$&')}$`));
	const clause = page.locator(`[id="${href.split('#')[1]}"]`);
	await expect(clause).toBeInViewport();
	// The clause's sample wording follows its heading.
	await expect(page.locator(`h2[id="${href.split('#')[1]}"] ~ blockquote`).first()).toBeAttached();
});

test('every safeguard the calculator can recommend links to a clause that exists, in both languages', async ({ page }) => {
	for (const prefix of ['', '/bg']) {
		await page.goto(`${prefix}/calculator/`);
		const hrefs = await page.locator('[data-list] a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs).toHaveLength(9);
		await page.goto(`${prefix}/guides/contract-clauses/`);
		for (const href of hrefs) {
			expect(href.startsWith(`${prefix}/guides/contract-clauses/#`)).toBe(true);
			await expect(page.locator(`h2[id="${href.split('#')[1]}"]`)).toHaveCount(1);
		}
	}
});

test('a copied link opens the same answers and the same result in a fresh browser', async ({ page, context, browser, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const answers = await answer(page, ['Knowledge work (KPO)', 'In a nearby country (nearshoring)', 'Customer data', 'Partner audit']);
	const score = await overall(page);
	const levelText = await level(page).textContent();

	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toBe(`${baseURL}/calculator/?scope=kpo&location=nearshore&org=sme&share=customer-data&safeguards=audit`);

	const fresh = await browser.newContext({ baseURL: baseURL ?? '' });
	const other = await fresh.newPage();
	await other.goto(link);
	await ready(other);
	expect(await checkedValues(other)).toEqual(answers);
	expect(await overall(other)).toBe(score);
	await expect(level(other)).toHaveText(levelText ?? '');
	// The link's answers are now saved there, and the address bar no longer carries them.
	await expect(other).toHaveURL(/\/calculator\/$/);
	expect(await other.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toContain('"scope":"kpo"');
	await fresh.close();
});

test('without clipboard access the link is shown in a field to copy by hand', async ({ page }) => {
	await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
	await page.goto(HIGH_RISK_LINK);
	await ready(page);
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'did not allow copying' })).toBeVisible();
	const field = page.getByLabel('Link to these answers');
	await expect(field).toBeVisible();
	await expect(field).toHaveValue(/\/calculator\/\?scope=ito&location=offshore&org=startup&share=source-code$/);
	await expect(field).toBeFocused();
});

test('answers survive a reload, and "Start over" clears them', async ({ page }) => {
	const answers = await answer(page, ['Legal services (LPO)', 'Large corporation', 'Business methods and know-how', 'Verified timesheets and disclosed fees']);
	const score = await overall(page);

	await page.reload();
	await ready(page);
	expect(await checkedValues(page)).toEqual(answers);
	expect(await overall(page)).toBe(score);

	await page.getByRole('button', { name: 'Start over' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Your answers were cleared' })).toBeVisible();
	expect(await checkedValues(page)).toEqual(['bpo', 'onshore', 'sme']);
	expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
	await page.reload();
	await ready(page);
	expect(await checkedValues(page)).toEqual(['bpo', 'onshore', 'sme']);
});

test('two tabs share the answers: a change in one appears in the other, and neither overwrites the other', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	for (const tab of [first, second]) {
		await tab.goto('/calculator/');
		await ready(tab);
	}
	await first.getByLabel('Information technology (ITO)').check();
	await expect(second.getByLabel('Information technology (ITO)')).toBeChecked();
	await second.getByLabel('Source code').check();
	await expect(first.getByLabel('Source code')).toBeChecked();
	await expect(first.getByLabel('Information technology (ITO)')).toBeChecked();
	expect(await overall(first)).toBe(await overall(second));
	await first.reload();
	await ready(first);
	expect(await checkedValues(first)).toEqual(await checkedValues(second));
});

test('going back to the calculator shows the answers another tab saved meanwhile, not the boxes as this tab left them', async ({ context }) => {
	const first = await context.newPage();
	await first.goto('/calculator/');
	await ready(first);
	await first.getByLabel('Information technology (ITO)').check();
	await first.goto('/guides/');
	const second = await context.newPage();
	await second.goto('/calculator/');
	await ready(second);
	await second.getByLabel('Source code').check();
	await first.goBack();
	await ready(first);
	// Chromium puts back the boxes as this tab left them after the page's script has run; the page's 'load' has passed
	// by the time 'pageshow' runs.
	await first.waitForFunction(() => document.readyState === 'complete');
	await expect(first.getByLabel('Source code')).toBeChecked();
	await first.getByLabel('Customer data').check();
	expect(await checkedValues(first)).toEqual(['ito', 'onshore', 'sme', 'source-code', 'customer-data']);
	expect(JSON.parse((await first.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '{}')).toMatchObject({ share: ['source-code', 'customer-data'] });
});

test('when storage is refused, a shared link stays in the address bar, so a reload keeps its answers', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('denied', 'SecurityError');
			},
		});
	});
	await page.goto('/calculator/?scope=kpo&org=large&utm_source=mail');
	await ready(page);
	expect(await checkedValues(page)).toEqual(['kpo', 'onshore', 'large']);
	await expect(page).toHaveURL(/\?scope=kpo&org=large&utm_source=mail$/);
	await page.reload();
	await ready(page);
	expect(await checkedValues(page)).toEqual(['kpo', 'onshore', 'large']);
});

test('a marketing preset link applies its answers and keeps its campaign in the address bar, ignoring ad click ids', async ({ page }) => {
	await page.goto('/calculator/?scope=ito&location=offshore&utm_source=newsletter&fbclid=IwAR0abc&gclid=Cj0KCQ&mc_cid=1a2b&mc_eid=3c4d&_gl=1*abc');
	await ready(page);
	expect(await checkedValues(page)).toEqual(['ito', 'offshore', 'sme']);
	await expect(page.locator('[data-notice]')).toBeEmpty();
	await expect(page).toHaveURL(/\/calculator\/\?utm_source=newsletter$/);
});

test('a link with no answer the calculator recognises keeps the saved answers and says so', async ({ page }) => {
	const saved = await answer(page, ['Legal services (LPO)', 'Customer data']);
	for (const link of ['/calculator/?SCOPE=', '/calculator/?scope=zzz']) {
		await page.goto(link);
		await ready(page);
		expect(await checkedValues(page)).toEqual(saved);
		await expect(page.locator('[data-notice]')).toContainText('The link held no answer the calculator recognises, so it keeps your saved answers.');
		await expect(page).toHaveURL(/\/calculator\/$/);
	}
	await page.reload();
	await ready(page);
	expect(await checkedValues(page)).toEqual(saved);
	await expect(page.locator('[data-notice]')).toBeEmpty();
});

test('a hostile link shows what was ignored as text, keeps the valid parts and injects nothing', async ({ page }) => {
	page.on('dialog', (dialog) => {
		throw new Error(`unexpected dialog: ${dialog.message()}`);
	});
	await page.goto('/calculator/');
	await ready(page);
	const scripts = await page.locator('script').count();

	await page.goto('/calculator/?scope=<script>alert(1)</script>&share=source-code,,foo&x=1');
	await ready(page);
	const notice = page.locator('[data-notice]');
	await expect(notice).toHaveAttribute('role', 'status');
	await expect(notice).toContainText('Some values in the link were not recognised and were ignored');
	await expect(notice.getByRole('listitem')).toHaveText(['Service scope: “<script>alert(1)</script>”', 'Shared with the contractor: “foo”', 'Unknown parameter: “x”']);
	expect(await checkedValues(page)).toEqual(['bpo', 'onshore', 'sme', 'source-code']);
	await expect(page.locator('script')).toHaveCount(scripts);
	await expect(notice.locator('script')).toHaveCount(0);

	// The page still works.
	const score = await overall(page);
	await page.getByLabel('Information technology (ITO)').check();
	await expect.poll(() => overall(page)).not.toBe(score);
});

test('a link with hundreds of unknown values lists ten of them and counts the rest', async ({ page }) => {
	const junk = Array.from({ length: 600 }, (_, i) => `z${i}=1`).join('&');
	await page.goto(`/calculator/?scope=ito&${junk}`);
	await ready(page);
	const items = page.locator('[data-notice] li');
	await expect(items).toHaveCount(11);
	await expect(items.last()).toHaveText('…and 590 more');
	expect(await checkedValues(page)).toContain('ito');
});

test('corrupt saved answers give a notice and the defaults', async ({ page }) => {
	await page.goto('/calculator/');
	await page.evaluate((key) => localStorage.setItem(key, '{"scope": "ito", oops'), STORAGE_KEY);
	await page.reload();
	await ready(page);
	await expect(page.getByRole('status').filter({ hasText: 'Your saved answers could not be read' })).toBeVisible();
	expect(await checkedValues(page)).toEqual(['bpo', 'onshore', 'sme']);
});

test('saved answers with unknown values keep the rest and name what was dropped', async ({ page }) => {
	await page.goto('/calculator/');
	await page.evaluate((key) => localStorage.setItem(key, '{"scope":"kpo","org":"pirate","share":["algorithms",5]}'), STORAGE_KEY);
	await page.reload();
	await ready(page);
	await expect(page.locator('[data-notice] li')).toHaveText(['Your organisation: “pirate”', 'Shared with the contractor: “5”']);
	expect(await checkedValues(page)).toEqual(['kpo', 'onshore', 'sme', 'algorithms']);
});

test('nothing goes over the network while the reader answers, copies, starts over or looks at the contact link', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/calculator/', { waitUntil: 'load' });
	await ready(page);
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));

	await page.getByLabel('Information technology (ITO)').check();
	await page.getByLabel('In a distant country (offshoring)').check();
	await page.getByLabel('Technology startup').check();
	await page.getByLabel('Source code').check();
	await page.getByLabel('Customer data').check();
	await page.getByLabel('NDA signed before sharing').check();
	await page.getByLabel('NDA signed before sharing').uncheck();
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const cta = page.getByRole('link', { name: 'Talk to an IP attorney about this result' });
	await cta.hover();
	await cta.focus();
	await expect(cta).toHaveAttribute('href', /^\/contact\/#message=/);
	await page.getByRole('button', { name: 'Start over' }).click();
	await page.getByLabel('Legal services (LPO)').check();
	// A rendered frame after the last answer: the handlers it set off have run and any request they made is reported
	// (a sync point, not a fixed wait).
	await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

	expect(requests).toEqual([]);
});

test('"Talk to an IP attorney about this result" opens the contact page with the summary prefilled', async ({ page }) => {
	await page.goto(HIGH_RISK_LINK);
	await ready(page);
	await page.getByLabel('NDA signed before sharing').check();
	const score = await overall(page);
	const levelText = (await level(page).textContent()) ?? '';
	const cta = page.getByRole('link', { name: 'Talk to an IP attorney about this result' });
	await expect(cta).toHaveAttribute('href', '/contact/');
	await cta.click();
	await expect(page).toHaveURL(/\/contact\/#message=/);
	const message = page.getByLabel('Your message (optional)');
	await expect(message).toHaveValue(/Service scope:/); // filled by the contact page's script once it runs
	const text = await message.inputValue();
	expect(text).toContain('Service scope: Information technology (ITO)');
	expect(text).toContain('Contractor location: In a distant country (offshoring)');
	expect(text).toContain(`Risk level: ${levelText} (${score} out of 100)`);
	expect(text).toContain('Most valuable missing safeguards:');
	expect(text.match(/^- .+\(lowers the score by \d+ points?\)$/gm)).toHaveLength(3);
	expect(text).not.toContain('- NDA signed before sharing');
	expect(text).toMatch(/My answers: http:\/\/127\.0\.0\.1:\d+\/calculator\/\?scope=ito&location=offshore&org=startup&share=source-code&safeguards=nda$/);
	// It also reaches the e-mail body.
	expect(decodeURIComponent((await page.getByRole('link', { name: 'Write an e-mail' }).getAttribute('href')) ?? '')).toContain(
		'Service scope: Information technology (ITO)',
	);
});

test('in Bulgarian: a preset link, keyboard answers and a Bulgarian summary on the Bulgarian contact page', async ({ page }) => {
	await page.goto('/bg/calculator/?scope=ito&location=offshore');
	await ready(page, 'Вашият резултат');
	await expect(page.getByLabel('Информационни технологии (ITO)')).toBeChecked();
	await expect(page.getByLabel('В отдалечена държава (offshoring)')).toBeChecked();

	await tabTo(page, 'calc-org-sme');
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(page.getByLabel('Технологичен стартъп')).toBeChecked();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await expect(page.getByLabel('Изходен код')).toBeChecked();
	await expect(level(page)).toHaveText(/^(Висок|Критичен)$/);
	await expect(page.locator('[data-explanation]')).toContainText('Най-уязвима област:');
	await expect(page.locator('[data-list] li:not([hidden]) [data-reduction]').first()).toHaveText(/^намалява оценката с \d+ точк[аи]$/);
	await expect(page.locator('[data-list] a').first()).toHaveAttribute('href', /^\/bg\/guides\/contract-clauses\/#/);

	await page.getByRole('link', { name: 'Обсъдете резултата с адвокат или представител по индустриална собственост' }).click();
	await expect(page).toHaveURL(/\/bg\/contact\/#message=/);
	const message = page.getByLabel('Вашето съобщение (по желание)');
	await expect(message).toHaveValue(/Вид услуги:/); // filled by the contact page's script once it runs
	const text = await message.inputValue();
	expect(text).toContain('Вид услуги: Информационни технологии (ITO)');
	expect(text).toContain('Местоположение на изпълнителя: В отдалечена държава (offshoring)');
	expect(text).toMatch(/Ниво на риска: (Висок|Критичен) \(\d+ от 100\)/);
	expect(text).toContain('Най-важните липсващи защити:');
});

test('in Bulgarian: a hostile link gets a Bulgarian notice', async ({ page }) => {
	await page.goto('/bg/calculator/?org=<b>x</b>');
	await ready(page, 'Вашият резултат');
	await expect(page.locator('[data-notice] li')).toHaveText(['Вашата организация: „<b>x</b>“']);
	await expect(page.locator('[data-notice] b')).toHaveCount(0);
});

test('without JavaScript the questions and the methodology link are readable, scoring is explained and no numbers show', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
	const page = await context.newPage();
	await page.goto('/calculator/');
	await expect(page.getByText('Scoring needs JavaScript')).toBeVisible();
	await expect(page.getByRole('group', { name: 'What will the contractor do for you?' })).toBeVisible();
	await expect(page.getByLabel('Business processes (BPO)')).toBeChecked();
	await expect(page.getByText('Accounting, human resources, administrative support.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'How the score is calculated' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Your result' })).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Safeguards to add first' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
	await page.getByRole('link', { name: 'How the score is calculated' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('How the risk score is calculated');
	await context.close();
});

test('"Print or save as PDF" prints a dated action plan of one or two pages: answers, scores, the safeguards to add with their clauses, and the firm', async ({ page }) => {
	await page.addInitScript(() => {
		window.print = () => {
			document.documentElement.dataset['printed'] = String(Number(document.documentElement.dataset['printed'] ?? 0) + 1);
		};
	});
	await page.goto(HIGH_RISK_LINK);
	await ready(page);
	await page.getByRole('button', { name: 'Print or save as PDF' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-printed', '1');
	// On screen the plan's own title, date and contact lines stay out of the way.
	await expect(page.getByText('Action plan: protecting your intellectual property')).toBeHidden();

	await page.emulateMedia({ media: 'print' });
	for (const hidden of [
		page.getByRole('navigation', { name: 'Main' }),
		page.getByRole('button', { name: 'Copy link' }),
		page.getByRole('button', { name: 'Print or save as PDF' }),
		page.getByRole('link', { name: 'Talk to an IP attorney about this result' }),
		page.locator('.contact-cta'),
		page.locator('oip-risk-what-if'),
		page.locator('oip-risk-score-bar'),
		page.getByLabel('Business processes (BPO)'),
	]) {
		await expect(hidden).toBeHidden();
	}
	const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
	for (const shown of [
		page.getByText('Action plan: protecting your intellectual property in this outsourcing project'),
		page.getByText(`Prepared on ${today}`),
		page.getByLabel('Information technology (ITO)'),
		page.getByLabel('Source code'),
		page.getByRole('heading', { name: 'Your result' }),
		page.locator('[data-overall]'),
		level(page),
		page.getByRole('heading', { name: 'Safeguards to add first' }),
		page.getByText(`To go through this plan with an IP attorney, contact ${siteConfig.firm.name.en}:`),
		page.getByText(siteConfig.contact.email, { exact: false }).last(),
	]) {
		await expect(shown).toBeVisible();
	}
	await expect(page.locator('[data-list] li:not([hidden])')).toHaveCount(9);
	// Each safeguard to add carries its clause's full address, readable on paper.
	const refs = await page.locator('[data-list] li:not([hidden]) .print-ref').allTextContents();
	expect(refs).toHaveLength(9);
	for (const ref of refs) expect(ref).toMatch(/^https:\/\/[^/]+\/guides\/contract-clauses\/#[\w-]+$/);
	const pdf = await page.pdf({ format: 'A4' });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
	expect(pages.length).toBeGreaterThanOrEqual(1);
	expect(pages.length).toBeLessThanOrEqual(2);
});

test('in Bulgarian the printed plan is dated and addressed in Bulgarian', async ({ page }) => {
	await page.goto(`/bg${HIGH_RISK_LINK}`);
	await ready(page, 'Вашият резултат');
	await page.emulateMedia({ media: 'print' });
	const today = new Intl.DateTimeFormat('bg-BG', { dateStyle: 'long' }).format(new Date());
	await expect(page.getByText(`Изготвен на ${today}`)).toBeVisible();
	await expect(page.getByText('За да обсъдите този план с адвокат или представител по индустриална собственост')).toBeVisible();
	for (const ref of await page.locator('[data-list] li:not([hidden]) .print-ref').allTextContents()) expect(ref).toMatch(/\/bg\/guides\/contract-clauses\/#/);
	const pdf = await page.pdf({ format: 'A4' });
	expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeLessThanOrEqual(2);
});

// Every state a11y.spec.ts's visit does not reach (the methodology pages, in the sitemap, it does).
for (const [prefix, heading] of [
	['', 'Your result'],
	['/bg', 'Вашият резултат'],
] as const) {
	test(`${prefix}/calculator/ with a result, a notice and the link field has no axe violations in either theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
		await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
		await page.goto(`${prefix}/calculator/?scope=ito&location=offshore&org=startup&share=source-code,nope`);
		await ready(page, heading);
		await expect(page.locator('[data-notice] li')).toHaveCount(1);
		await page.locator('[data-copy]').click();
		await expect(page.locator('[data-copy-field]')).toBeVisible();
		await expectNoAxeViolationsInBothThemes(page);
	});
}
