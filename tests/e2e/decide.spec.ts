// Deciding with the calculator: what-if answers checked against the model, the compare page they link to, and the
// phone score bar that keeps the score in view while the reader answers.
import { DEFAULT_ANSWERS, type Answers } from '../../src/lib/risk/factors';
import { scoreRisk } from '../../src/lib/risk/scoreRisk';
import { whatIfs } from '../../src/lib/risk/whatIf';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const ANSWERS: Answers = { ...DEFAULT_ANSWERS, scope: 'ito', location: 'offshore', org: 'startup', share: ['source-code', 'customer-data'] };
const LINK = '/calculator/?scope=ito&location=offshore&org=startup&share=source-code,customer-data';

/** "−12 points" → -12, "+3 points" → 3, "no change" → 0. */
const signed = (text: string) => (/^[−+]/.test(text) ? Number(text.replace('−', '-').replace(/[^\d-]/g, '')) : 0);

test('each what-if figure is the model’s, and changing an answer updates them', async ({ page }) => {
	await page.goto(LINK);
	const panel = page.locator('oip-risk-what-if');
	await expect(panel.getByRole('heading', { name: 'What if you chose differently?' })).toBeVisible();
	const expected = whatIfs(ANSWERS);
	const shown = panel.locator('li[data-whatif]:visible');
	await expect(shown).toHaveCount(expected.length);
	for (const { field, value, delta } of expected) {
		const text = (await panel.locator(`li[data-whatif="${field}:${value}"] [data-delta]`).textContent()) ?? '';
		expect(signed(text), `${field}:${value} "${text}"`).toBe(delta);
	}
	await expect(panel.locator('li[data-whatif="location:nearshore"]')).toContainText('In a nearby country (nearshoring)');
	await expect(panel.locator('li[data-whatif="share:source-code"]')).toContainText('Source code');

	// Keeping nothing back: the "did not hand over" group disappears with the last shared asset.
	await page.getByLabel('Source code').uncheck();
	await page.getByLabel('Customer data').uncheck();
	await expect(panel.getByRole('heading', { name: 'If you did not hand over' })).toBeHidden();
	const after = whatIfs({ ...ANSWERS, share: [] });
	await expect(shown).toHaveCount(after.length);
	const onshore = after.find((w) => w.field === 'location' && w.value === 'onshore');
	expect(signed((await panel.locator('li[data-whatif="location:onshore"] [data-delta]').textContent()) ?? '')).toBe(onshore?.delta);
});

test('a compare link shows both scenarios side by side with the model’s scores, and each opens in the calculator', async ({ page }) => {
	await page.goto(LINK);
	await page.locator('li[data-whatif="location:nearshore"]').getByRole('link', { name: /Compare side by side/ }).click();
	await expect(page).toHaveURL(/\/calculator\/compare\/\?a=/);
	await expect(page.getByRole('heading', { level: 1, name: 'Compare two scenarios' })).toBeVisible();
	const table = page.getByRole('table', { name: /The two scenarios/ });
	await expect(table).toBeVisible();
	const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });
	const [a, b] = [scoreRisk(ANSWERS), scoreRisk({ ...ANSWERS, location: 'nearshore' })];
	await expect(row('Overall risk score').locator('td')).toHaveText([String(a.overall), String(b.overall), /^([−+]\d+ points?|no change)$/]);
	expect(signed((await row('Overall risk score').locator('td').nth(2).textContent()) ?? '')).toBe(b.overall - a.overall);
	await expect(row('Contractor location').locator('td')).toHaveText(['In a distant country (offshoring)', 'In a nearby country (nearshoring)', 'changed']);
	await expect(row('Service scope').locator('td').nth(2)).toHaveText('');
	expect(await axeViolations(page)).toEqual([]);

	await page.getByRole('link', { name: /^Open in the calculator\s*: The alternative$/ }).click();
	await expect(page).toHaveURL(/\/calculator\/(\?|$)/);
	await expect(page.getByLabel('In a nearby country (nearshoring)')).toBeChecked();
});

test('in Bulgarian, a compare link without scenarios says how to get them, and a bad value is reported as text', async ({ page }) => {
	await page.goto('/bg/calculator/compare/');
	await expect(page.getByText('Тази връзка не съдържа два варианта.')).toBeVisible();
	await expect(page.getByRole('table')).toBeHidden();
	await page.goto(`/bg/calculator/compare/?a=${encodeURIComponent('scope=<img src=x>')}&b=scope%3Dito`);
	await expect(page.getByText('Някои стойности във връзката не бяха използвани')).toBeVisible();
	await expect(page.locator('[data-notice] li')).toHaveText(['Вашите отговори – Вид услуги: „<img src=x>“']);
	await expect(page.locator('oip-risk-compare img')).toHaveCount(0);
	await expect(page.getByRole('table')).toContainText('Информационни технологии (ITO)');
	expect(await axeViolations(page)).toEqual([]);
});

test('a compare link that gives an answer twice, or a scenario twice, says which value the table uses', async ({ page }) => {
	const a = new URLSearchParams({ a: 'scope=ito&scope=kpo&location=offshore', b: 'scope=lpo' }).toString();
	await page.goto(`/calculator/compare/?${a}&a=scope%3Dbpo`);
	const notice = page.locator('[data-notice]');
	await expect(notice).toContainText('the table shows what each scenario uses');
	await expect(notice).not.toContainText('default');
	await expect(notice.locator('li')).toHaveText(['“a” is in the link more than once: only the first is compared', 'Your answers – Service scope: “kpo”']);
	await expect(page.locator('tr[data-row="scope"] [data-a]')).toHaveText('Information technology (ITO)');
	expect(await axeViolations(page)).toEqual([]);
});

test.describe('on a 390 × 844 phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

	test('the score stays in view while the last question is answered, never covers the focused box, and leads to the result', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(LINK);
		const bar = page.locator('oip-risk-score-bar .score-bar');
		await expect(bar).toBeVisible();
		await expect(bar).toContainText(`${scoreRisk(ANSWERS).overall}/100`);

		// The last question: each safeguard in turn, by keyboard, the bar updating and the focused box above it.
		const boxes = page.locator('input[name="safeguards"]');
		const count = await boxes.count();
		await boxes.first().focus();
		let answers: Answers = ANSWERS;
		for (let i = 0; i < count; i++) {
			if (i > 0) await page.keyboard.press('Tab');
			const box = boxes.nth(i);
			await expect(box).toBeFocused();
			await page.keyboard.press('Space');
			answers = { ...answers, safeguards: [...answers.safeguards, (await box.getAttribute('value')) as Answers['safeguards'][number]] };
			await expect(bar).toContainText(`${scoreRisk(answers).overall}/100`);
			const [barBox, focused] = await Promise.all([bar.boundingBox(), box.locator('xpath=..').boundingBox()]);
			expect(barBox && barBox.y + barBox.height).toBeLessThanOrEqual(844 + 1);
			expect(barBox && barBox.y).toBeGreaterThanOrEqual(0);
			expect(focused && barBox && focused.y + focused.height, `safeguard ${i} is not under the bar`).toBeLessThanOrEqual(barBox?.y ?? 0);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

		await bar.tap();
		await expect(page.getByRole('heading', { level: 2, name: 'Your result' })).toBeInViewport();
	});

	test('the bar appears without shifting the layout and is hidden on wider screens', async ({ page }) => {
		await page.goto(LINK);
		await expect(page.locator('oip-risk-score-bar')).toHaveAttribute('data-ready', '');
		const shift = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					let total = 0;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
							if (!entry.hadRecentInput) total += entry.value;
						}
					}).observe({ type: 'layout-shift', buffered: true });
					setTimeout(() => {
						resolve(total);
					}, 300);
				}),
		);
		expect(shift).toBeLessThan(0.01);
		await page.setViewportSize({ width: 1024, height: 800 });
		await expect(page.locator('oip-risk-score-bar')).toBeHidden();
	});
});
