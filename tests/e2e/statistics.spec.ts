// The statistics page's adoption chart: a table without JavaScript; with it, a lazily loaded canvas chart,
// a Chart / Table toggle, the CSV download, both languages, and axe in every theme and view.
// The market guide embeds the same component statically and loads no JavaScript.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { expect, test } from './support/fixtures';

const CHART_MODULE = /\/drawAdoptionChart\.[\w-]+\.js$/;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const PAGES = [
	{ path: '/statistics/', locale: 'en', chart: 'Chart', table: 'Table', percent: (n: string) => `${n}%`, label: /^Bar chart of .*: 2021: 45%, 2022: 52%, 2023: 60%, 2024: 68%, 2025: 75%\.$/ },
	{
		path: '/bg/statistics/',
		locale: 'bg',
		chart: 'Графика',
		table: 'Таблица',
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
	return page.locator('adoption-chart canvas').evaluate((canvas: HTMLCanvasElement) => {
		const context = canvas.getContext('2d');
		if (!context || canvas.width === 0 || canvas.height === 0) return 0;
		const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
		let painted = 0;
		for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
		return painted;
	});
}

/** Scrolls the chart into view and waits until it is drawn. */
async function showChart(page: Page) {
	await page.locator('[data-chart-panel]').scrollIntoViewIfNeeded();
	await expect(page.locator('adoption-chart')).toHaveAttribute('data-chart-state', 'drawn');
	await expect.poll(() => paintedPixels(page)).toBeGreaterThan(2000);
}

for (const { path, locale, chart, table: tableLabel } of PAGES) {
	test(`${path} without JavaScript shows the table, and no canvas or toggle`, async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
		const page = await context.newPage();
		await page.goto(path);
		const table = page.locator('[data-adoption-table]');
		await expect(table).toBeVisible();
		await expect(table.locator('tbody tr')).toHaveCount(5);
		await expect(page.locator('[data-adoption-summary]')).toBeVisible();
		await expect(page.locator('canvas')).toHaveCount(0);
		await expect(page.locator('[data-view-toggle]')).toBeHidden();
		await expect(page.getByRole('button', { name: chart, exact: true })).toHaveCount(0);
		await expect(page.getByRole('button', { name: tableLabel, exact: true })).toHaveCount(0);
		await expect(page.locator('[data-csv-link]')).toHaveAttribute('href', `${locale === 'en' ? '' : '/bg'}/statistics/bulgaria-outsourcing.csv`);
		await context.close();
	});
}

for (const { path, chart, label } of PAGES) {
	test(`${path} loads the chart module only when the chart scrolls into view, then draws it`, async ({ page }) => {
		const viewport = { width: 1000, height: 320 };
		await page.setViewportSize(viewport);
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto(path);
		await page.waitForLoadState('networkidle');

		// With JavaScript the chart view is the default, with its placeholder below the fold.
		await expect(page.locator('adoption-chart')).toHaveAttribute('data-view', 'chart');
		await expect(page.getByRole('button', { name: chart, exact: true })).toHaveAttribute('aria-pressed', 'true');
		const box = await page.locator('[data-chart-panel]').boundingBox();
		expect(box?.y ?? 0, 'the chart starts well below the first screen').toBeGreaterThan(viewport.height + 150);
		await page.waitForTimeout(500);
		expect(requested.filter((p) => CHART_MODULE.test(p))).toEqual([]);
		await expect(page.locator('adoption-chart')).not.toHaveAttribute('data-chart-state', /./);

		const canvas = page.getByRole('img', { name: label });
		await expect(canvas).toHaveCount(1);
		const blank = await canvas.evaluate((c: HTMLCanvasElement) => {
			const empty = document.createElement('canvas');
			empty.width = c.width;
			empty.height = c.height;
			return empty.toDataURL();
		});

		await showChart(page);
		expect(requested.filter((p) => CHART_MODULE.test(p))).toHaveLength(1);
		expect(await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(blank);
		await expect(page.locator('[data-adoption-table]')).toBeHidden();
		await expect(page.locator('[data-adoption-summary]')).toBeVisible();
		await expect(page.locator('[data-csv-link]')).toBeVisible();
	});
}

test('the canvas label is generated from the table the page carries', async ({ page }) => {
	await page.goto('/statistics/');
	const rows = await tableRows(page);
	const labelText = await page.locator('adoption-chart canvas').getAttribute('aria-label');
	expect(labelText).toContain(rows.map((row) => `${row.year}: ${row.text}`).join(', '));
});

test('the chart / table toggle works with the mouse', async ({ page }) => {
	await page.goto('/statistics/');
	const chartButton = page.getByRole('button', { name: 'Chart', exact: true });
	const tableButton = page.getByRole('button', { name: 'Table', exact: true });
	await expect(page.getByRole('group', { name: 'Show the figures as' })).toBeVisible();
	await showChart(page);

	await tableButton.click();
	await expect(tableButton).toHaveAttribute('aria-pressed', 'true');
	await expect(chartButton).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator('[data-adoption-table]')).toBeVisible();
	await expect(page.locator('adoption-chart canvas')).toBeHidden();

	await chartButton.click();
	await expect(chartButton).toHaveAttribute('aria-pressed', 'true');
	await expect(tableButton).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator('adoption-chart canvas')).toBeVisible();
	await expect(page.locator('[data-adoption-table]')).toBeHidden();
	await expect.poll(() => paintedPixels(page)).toBeGreaterThan(2000);
});

test('the chart / table toggle works with the keyboard and never traps focus', async ({ page }) => {
	await page.goto('/statistics/');
	const chartButton = page.getByRole('button', { name: 'Chart', exact: true });
	const tableButton = page.getByRole('button', { name: 'Table', exact: true });
	await showChart(page);

	// Tab order: … → Chart → Table → the CSV link (the canvas is not a tab stop, the hidden table has none).
	await chartButton.focus();
	await page.keyboard.press('Tab');
	await expect(tableButton).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(tableButton).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('[data-adoption-table]')).toBeVisible();
	await expect(tableButton).toBeFocused();

	await page.keyboard.press('Shift+Tab');
	await expect(chartButton).toBeFocused();
	await page.keyboard.press('Space');
	await expect(chartButton).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('adoption-chart canvas')).toBeVisible();

	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.locator('[data-csv-link]')).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Shift+Tab');
	await expect(chartButton).not.toBeFocused();
	await expect(tableButton).not.toBeFocused();
});

for (const { path, table, percent } of PAGES) {
	test(`${path}: the CSV download parses to the numbers in the table`, async ({ page }) => {
		await page.goto(path);
		await page.getByRole('button', { name: table, exact: true }).click();
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

test('/bg/statistics/ speaks Bulgarian: "75 %" in the table and on the canvas label, Bulgarian toggle', async ({ page }) => {
	await page.goto('/bg/statistics/');
	await expect(page.getByRole('group', { name: 'Показване на данните като' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Графика', exact: true })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('adoption-chart canvas')).toHaveAttribute('aria-label', /2025: 75\u00a0%\.$/);
	await page.getByRole('button', { name: 'Таблица', exact: true }).click();
	await expect(page.locator('[data-adoption-table] tbody tr').last().locator('td').first()).toHaveText('75\u00a0%');
	await expect(page.locator('[data-adoption-summary]')).toContainText('до 75\u00a0% през 2025 г.');
});

test('the chart follows the theme: switching to dark redraws it in the dark palette', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/statistics/');
	await showChart(page);
	const canvas = page.locator('adoption-chart canvas');
	const light = await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(light);
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
		await page.waitForLoadState('networkidle');
		await expect(page.locator('[data-adoption-table]')).toBeVisible();
		await expect(page.locator('[data-adoption-table] tbody tr')).toHaveCount(5);
		await expect(page.locator('table.market-timeline')).toBeVisible();
		await expect(page.locator('canvas, adoption-chart, [data-view-toggle]')).toHaveCount(0);
		await expect(page.locator('script[src], script[type="module"]')).toHaveCount(0);
		expect(scripts).toEqual([]);
		const link = page.locator('[data-interactive-link]');
		await expect(link).toHaveAttribute('href', `${path.startsWith('/bg/') ? '/bg' : ''}/statistics/#adoption`);
		await link.click();
		await expect(page.locator('adoption-chart')).toHaveAttribute('data-chart-state', 'drawn');
	});
}

for (const { path, chart, table } of PAGES) {
	for (const theme of ['light', 'dark'] as const) {
		for (const view of ['chart', 'table'] as const) {
			test(`${path} has no axe violations in the ${theme} theme, ${view} view`, async ({ page }) => {
				await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				await showChart(page);
				if (view === 'table') await page.getByRole('button', { name: table, exact: true }).click();
				await expect(page.getByRole('button', { name: view === 'chart' ? chart : table, exact: true })).toHaveAttribute('aria-pressed', 'true');
				const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			});
		}
	}
}
