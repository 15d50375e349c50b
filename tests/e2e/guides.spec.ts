import { longestGuides } from '../../scripts/lib/pageTypes';
import { axeViolations, renderEveryBlock } from './support/axe';
import { expect, test } from './support/fixtures';
import { horizontalOverflow } from './support/layout';

// What every guide's HTML holds (contents, notice, call to action, JSON-LD) is checked in tests/dist/guides.test.ts; here
// what takes a browser, on the longest guide of each language, whose lower blocks are drawn only when near the screen.
for (const { path } of longestGuides()) {
	test(`${path} shows its contents and the notice, and the last entry scrolls to its section`, async ({ page }) => {
		await page.goto(path);
		const toc = page.locator('nav.toc');
		await expect(toc).toBeVisible();
		await expect(page.locator('.not-legal-advice')).toBeVisible();
		const last = toc.locator('a').last();
		const target = (await last.getAttribute('href')) ?? '';
		await last.click();
		await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(target);
		await expect(page.locator(`[id="${target.slice(1)}"]`)).toBeInViewport();
	});
}

// axe (and Lighthouse's copy of it) asks for the boxes of elements the page has not drawn yet. A skipped block's box
// holds its estimated height while its content is laid out at full height, so links in a skipped Sources list once
// overflowed onto the footer and failed the footer links' target-size check (Guide.astro). Checked as the page loads,
// on a phone, without drawing anything first (the accessibility tier draws every block before its axe run).
for (const { path } of longestGuides()) {
	test(`${path} on a phone: every target keeps its size and spacing before the lower blocks are drawn`, async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(path);
		expect(await axeViolations(page, ['target-size'])).toEqual([]);
	});
}

// Blocks not drawn yet count with an estimated height (Guide.astro): the estimates by kind of block keep the page's
// first height near its real one on a phone and a wide screen, so it does not grow several times over as the reader
// scrolls (with one estimate for every block the longest guide's first height was a third of its real one on a phone).
for (const { path } of longestGuides()) {
	test(`${path}: its height before the lower blocks are drawn is within half and twice its real height`, async ({ page }) => {
		for (const width of [412, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(path);
			const estimated = await page.evaluate(() => document.documentElement.scrollHeight);
			await renderEveryBlock(page);
			const real = await page.evaluate(() => document.documentElement.scrollHeight);
			expect(estimated / real, `${width} px: ${estimated} px estimated, ${real} px drawn`).toBeGreaterThan(0.5);
			expect(estimated / real, `${width} px: ${estimated} px estimated, ${real} px drawn`).toBeLessThan(2);
		}
	});
}

for (const [lang, prefix] of [
	['en', ''],
	['bg', '/bg'],
] as const) {
	test(`${lang}: a citation leads to its source, and on to the act's page, whose wording opens without JavaScript`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${prefix}/guides/protecting-ip-when-outsourcing/`);
		const citation = page.locator('.cite a[href="#source-zapsp-art-42"]').first();
		await expect(citation).toHaveText(lang === 'en' ? 'Copyright Act, Art. 42(1)–(2)' : 'чл. 42, ал. 1 и 2 от ЗАПСП');
		await citation.click();
		await expect(page).toHaveURL(/#source-zapsp-art-42$/);
		const entry = page.locator('#source-zapsp-art-42');
		await expect(entry).toBeInViewport();
		await entry.locator(`a[href="${prefix}/sources/zapsp/#source-zapsp-art-42"]`).click();
		await expect(page).toHaveURL(new RegExp(`${prefix}/sources/zapsp/#source-zapsp-art-42$`));
		const onActPage = page.locator('#source-zapsp-art-42');
		await expect(onActPage).toBeInViewport();
		await expect(onActPage.locator('blockquote')).toBeHidden();
		await onActPage.locator('summary').click();
		await expect(onActPage.locator('blockquote[lang="bg"]')).toContainText('създадено по поръчка');
		await context.close();
	});

	test(`${lang}: a linked term leads to its glossary entry, which leads back to the guide that explains it`, async ({ page }) => {
		await page.goto(`${prefix}/guides/protecting-ip-when-outsourcing/`);
		await page.locator('a.term[href$="#nda"]').click();
		await expect(page).toHaveURL(new RegExp(`${prefix}/glossary/#nda$`));
		const entry = page.locator('#nda');
		await expect(entry).toBeInViewport();
		await entry.locator('a[href*="/guides/protecting-ip-when-outsourcing/#nda"]').click();
		await expect(page.locator('#nda')).toBeInViewport();
	});
}

test('the glossary letter index jumps to its letter, on a phone too', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/bg/glossary/');
	const firstLetter = page.locator('nav.letters a').first();
	const target = (await firstLetter.getAttribute('href')) ?? '';
	await firstLetter.click();
	await expect(page.locator(`[id="${target.slice(1)}"]`)).toBeInViewport();
	const overflow = await horizontalOverflow(page);
	expect(overflow).toBe(0);
});

for (const [lang, prefix, faqLink, question] of [
	['en', '', 'Questions and answers', 'Do I own the code I paid for?'],
	['bg', '/bg', 'Въпроси и отговори', 'Платих за кода – мой ли е?'],
] as const) {
	test(`${lang}: from the home page, a question in the FAQ leads to its answer, its clause and its law`, async ({ page }) => {
		await page.goto(`${prefix}/`);
		await page.locator('.home-more').getByRole('link', { name: faqLink }).click();
		await expect(page).toHaveURL(new RegExp(`${prefix}/faq/$`));
		await page.locator('nav.faq-index').getByRole('link', { name: question }).click();
		const answer = page.locator('#own-the-code');
		await expect(answer).toBeInViewport();
		await expect(answer.getByRole('heading', { level: 2 })).toHaveText(question);
		// The law behind the answer is on its act's sources page, with the same anchor the guides use.
		const law = answer.locator(`a[href="${prefix}/sources/zapsp/#source-zapsp-art-42"]`);
		await expect(law).toBeVisible();
		await answer.locator(`a[href="${prefix}/guides/contract-clauses/#grant-of-rights"]`).click();
		await expect(page).toHaveURL(new RegExp(`${prefix}/guides/contract-clauses/#grant-of-rights$`));
		await expect(page.locator('#grant-of-rights')).toBeInViewport();
	});
}
