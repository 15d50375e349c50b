// The statistics page's adoption chart: drawn at build time as SVG (visible without JavaScript, in both themes, named
// and described for screen readers) above the table; Chart.js only when the reader presses "Interactive chart", drawn
// over the same box without a layout shift; the CSV download, both languages, and axe in every theme and state.
// The market guide embeds the same component statically and loads no JavaScript.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { expectNoAxeViolationsInBothThemes } from './support/axe';
import { expect, test } from './support/fixtures';
import { layoutShift } from './support/layoutShift';

const CHART_MODULE = /\/drawAdoptionChart\.[\w-]+\.js$/;

const PAGES = [
	{ path: '/statistics/', locale: 'en', explore: 'Interactive chart', percent: (n: string) => `${n}%`, label: /^Bar chart of .*: 2021: 45%, 2022: 52%, 2023: 60%, 2024: 68%, 2025: 75%\.$/ },
	{
		path: '/bg/statistics/',
		locale: 'bg',
		explore: 'Интерактивна графика',
		percent: (n: string) => `${n}\u00a0%`,
		// Accessible names are white-space normalised, so the no-break space before % is matched as \s.
		label: /^Стълбовидна диаграма .*: 2021: 45\s%, 2022: 52\s%, 2023: 60\s%, 2024: 68\s%, 2025: 75\s%\.$/,
	},
] as const;

/** The adoption table as the page shows it: year, data-value and the printed percentage of every row. */
async function tableRows(page: Page) {
	return page.locator('[data-adoption-table] tbody tr').evaluateAll((rows) =>
		rows.map((row) => ({
			year: row.querySelector('th')?.textContent.trim() ?? '',
			value: row.querySelector('td[data-value]')?.getAttribute('data-value') ?? '',
			text: row.querySelector('td[data-value]')?.textContent.trim() ?? '',
		})),
	);
}

/** How many pixels of the chart's canvas are painted (alpha > 0). */
async function paintedPixels(page: Page): Promise<number> {
	return page.locator('oip-adoption-chart canvas').evaluate((canvas: HTMLCanvasElement) => {
		const context = canvas.getContext('2d');
		if (!context || canvas.width === 0 || canvas.height === 0) return 0;
		const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
		let painted = 0;
		for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
		return painted;
	});
}

/** Presses "Interactive chart" and waits until Chart.js has drawn on the canvas. */
async function explore(page: Page, name: string) {
	await page.getByRole('button', { name, exact: true }).click();
	await expect(page.locator('oip-adoption-chart')).toHaveAttribute('data-chart-state', 'drawn');
	await expect.poll(() => paintedPixels(page)).toBeGreaterThan(2000);
}

for (const { path, locale, explore: exploreName, label } of PAGES) {
	test(`${path} without JavaScript shows the SVG chart, named and described, and the table`, async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
		const page = await context.newPage();
		await page.goto(path);
		const chart = page.getByRole('img', { name: /20\d\d/ }).and(page.locator('svg[data-static-chart]'));
		await expect(chart).toBeVisible();
		await expect(chart).toHaveAccessibleDescription(label);
		expect((await chart.boundingBox())?.height ?? 0).toBeGreaterThan(150);
		// One bar per row of the table, as tall as its value.
		const rows = await tableRows(page);
		const bars = await chart.locator('rect.chart-bar').evaluateAll((rects) => rects.map((r) => [r.getAttribute('data-year'), r.getAttribute('data-value'), r.getBoundingClientRect().height] as const));
		expect(bars.map(([year, value]) => [year, value])).toEqual(rows.map((row) => [row.year, row.value]));
		const [first, last] = [bars[0], bars[bars.length - 1]];
		expect((last?.[2] ?? 0) / (first?.[2] ?? 1)).toBeCloseTo(Number(last?.[1]) / Number(first?.[1]), 1);
		const table = page.locator('[data-adoption-table]');
		await expect(table).toBeVisible();
		await expect(table.locator('tbody tr')).toHaveCount(5);
		await expect(page.locator('[data-adoption-summary]')).toBeVisible();
		await expect(page.locator('canvas')).toHaveCount(0);
		// The button that needs JavaScript keeps its place but is not shown, nor reachable.
		await expect(page.getByRole('button', { name: exploreName, exact: true })).toBeHidden();
		await expect(page.locator('[data-csv-link]')).toHaveAttribute('href', `${locale === 'en' ? '' : '/bg'}/statistics/bulgaria-outsourcing.csv`);
		await context.close();
	});

	test(`${path} loads no Chart.js until the reader asks, then draws it over the SVG without a layout shift`, async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto(path);
		const panel = page.locator('[data-chart-panel]');
		await panel.scrollIntoViewIfNeeded();
		const svg = page.locator('svg[data-static-chart]');
		await expect(svg).toBeVisible();
		const button = page.getByRole('button', { name: exploreName, exact: true });
		await expect(button).toHaveAttribute('aria-pressed', 'false');
		// Settled: the page's own script has run (the button works) and nothing asked for the chart module.
		await expect(page.locator('oip-adoption-chart')).not.toHaveAttribute('data-chart-state', /./);
		expect(requested.filter((p) => CHART_MODULE.test(p))).toEqual([]);
		expect(requested.filter((p) => p.includes('chart'))).toEqual([]);

		/** Where an element lies on the page (not on the screen, which scrolls when the button is pressed). */
		const onPage = (locator: ReturnType<Page['locator']>) =>
			locator.evaluate((element) => {
				const { x, y, width, height } = element.getBoundingClientRect();
				return { x, y: y + window.scrollY, width, height };
			});
		const before = await onPage(panel);
		const tableBefore = await onPage(page.locator('[data-adoption-table]'));
		await explore(page, exploreName);
		expect(requested.filter((p) => CHART_MODULE.test(p))).toHaveLength(1);
		await expect(button).toHaveAttribute('aria-pressed', 'true');
		const canvas = page.getByRole('img', { name: label }).and(page.locator('canvas'));
		await expect(canvas).toBeVisible();
		await expect(svg).toBeHidden();
		// The canvas lies exactly over the SVG's box, and nothing below it moved.
		expect(await onPage(canvas)).toEqual(before);
		expect(await onPage(panel)).toEqual(before);
		expect(await onPage(page.locator('[data-adoption-table]'))).toEqual(tableBefore);
		expect(await layoutShift(page)).toBe(0);

		// Pressed again: back to the SVG, and Chart.js is not fetched twice.
		await button.click();
		await expect(button).toHaveAttribute('aria-pressed', 'false');
		await expect(svg).toBeVisible();
		await expect(canvas).toBeHidden();
		await button.click();
		await expect(canvas).toBeVisible();
		expect(requested.filter((p) => CHART_MODULE.test(p))).toHaveLength(1);
	});
}

test('the canvas label is generated from the table the page carries', async ({ page }) => {
	await page.goto('/statistics/');
	await explore(page, 'Interactive chart');
	const rows = await tableRows(page);
	const labelText = await page.locator('oip-adoption-chart canvas').getAttribute('aria-label');
	expect(labelText).toContain(rows.map((row) => `${row.year}: ${row.text}`).join(', '));
});

test('the interactive chart is asked for with the keyboard, and focus stays on the button', async ({ page }) => {
	await page.goto('/statistics/');
	const button = page.getByRole('button', { name: 'Interactive chart', exact: true });
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('oip-adoption-chart')).toHaveAttribute('data-chart-state', 'drawn');
	await expect(button).toBeFocused();
	await expect(button).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Space');
	await expect(button).toHaveAttribute('aria-pressed', 'false');
	await page.keyboard.press('Tab');
	await expect(page.locator('[data-csv-link]')).toBeFocused();
});

test('pointing at a bar of the interactive chart tells its change on the year before, in the table’s words', async ({ page }) => {
	await page.goto('/statistics/');
	await explore(page, 'Interactive chart');
	const canvas = page.locator('oip-adoption-chart canvas');
	const before = await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
	const box = await canvas.boundingBox();
	if (!box) throw new Error('no canvas box');
	await canvas.hover({ position: { x: box.width * 0.9, y: box.height * 0.7 } });
	await canvas.click({ position: { x: box.width * 0.9, y: box.height * 0.7 } });
	await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(before);
});

for (const { path, percent } of PAGES) {
	test(`${path}: the CSV download parses to the numbers in the table`, async ({ page }) => {
		await page.goto(path);
		const rows = await tableRows(page);
		expect(rows.map((row) => row.text)).toContain(percent('75'));

		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-csv-link]').click()]);
		expect(download.suggestedFilename()).toBe('bulgaria-outsourcing.csv');
		const csv = parseCsv(readFileSync(await download.path(), 'utf8'), { bom: true });
		expect(csv[0]?.slice(0, 2)).toEqual(['year', 'adoption_percent']);
		expect(csv.slice(1).map((row) => [row[0], row[1]])).toEqual(rows.map((row) => [row.year, row.value]));
		expect(rows.map((row) => row.text)).toEqual(csv.slice(1).map((row) => percent(row[1] ?? '')));
	});
}

test('/bg/statistics/ speaks Bulgarian: "75 %" on the chart, in the table and on the canvas label', async ({ page }) => {
	await page.goto('/bg/statistics/');
	await expect(page.locator('svg[data-static-chart] .chart-value').last()).toHaveText('75\u00a0%');
	await expect(page.locator('[data-adoption-table] tbody tr').last().locator('td').first()).toHaveText('75\u00a0%');
	await expect(page.locator('[data-adoption-summary]')).toContainText('до 75\u00a0% през 2025 г.');
	await explore(page, 'Интерактивна графика');
	await expect(page.locator('oip-adoption-chart canvas')).toHaveAttribute('aria-label', /2025: 75\u00a0%\.$/);
});

test('both charts follow the theme: the SVG repaints from CSS, the canvas redraws in the dark colours', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/statistics/');
	const barFill = () => page.locator('svg[data-static-chart] rect.chart-bar').first().evaluate((rect) => getComputedStyle(rect).fill);
	const light = await barFill();
	await explore(page, 'Interactive chart');
	const canvas = page.locator('oip-adoption-chart canvas');
	const lightCanvas = await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await barFill()).not.toBe(light);
	await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(lightCanvas);
	expect(await paintedPixels(page)).toBeGreaterThan(2000);
});

for (const path of ['/guides/bulgarian-outsourcing-market/', '/bg/guides/bulgarian-outsourcing-market/']) {
	test(`${path} shows the adoption table, links to the chart and loads no JavaScript`, async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		await page.goto(path);
		await page.locator('[data-adoption-table]').scrollIntoViewIfNeeded();
		await expect(page.locator('[data-adoption-table]')).toBeVisible();
		await expect(page.locator('[data-adoption-table] tbody tr')).toHaveCount(5);
		await expect(page.locator('table.market-timeline')).toBeVisible();
		await expect(page.locator('canvas, oip-adoption-chart, [data-view-toggle]')).toHaveCount(0);
		await expect(page.locator('script[src], script[type="module"]')).toHaveCount(0);
		expect(scripts).toEqual([]);
		const link = page.locator('[data-interactive-link]');
		await expect(link).toHaveAttribute('href', `${path.startsWith('/bg/') ? '/bg' : ''}/statistics/#adoption`);
		await link.click();
		await expect(page.locator('svg[data-static-chart]')).toBeVisible();
	});
}

// The interactive chart: a state a11y.spec.ts's visit (the page as it loads, with the SVG chart) does not reach.
for (const { path, explore: exploreName } of PAGES) {
	test(`${path} has no axe violations in either theme, interactive chart`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
		await page.goto(path);
		await explore(page, exploreName);
		await expectNoAxeViolationsInBothThemes(page);
	});
}
