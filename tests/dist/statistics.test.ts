// The built statistics pages, the market guides and the CSV downloads all say what the one data file says:
// every year and percentage of the adoption table, every company type and service of the timeline, every CSV row.
import { parse as parseCsv } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { formatPercent } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { statsSchema } from '@/schemas/stats';
import market from '../../src/content/stats/bulgaria-market.json';
import { readDist } from '../support/dist';
import { all, attribute, bodyRows, one, parseHtml, textOf } from '../support/html';

const data = statsSchema.parse(market['bulgaria-outsourcing']);
const LOCALES = ['en', 'bg'] as const;
const prefix = (locale: Locale) => (locale === 'en' ? '' : `${locale}/`);
const statisticsPage = (locale: Locale) => `${prefix(locale)}statistics/index.html`;
const marketGuide = (locale: Locale) => `${prefix(locale)}guides/bulgarian-outsourcing-market/index.html`;
const pages = LOCALES.flatMap((locale) => [
	[statisticsPage(locale), locale],
	[marketGuide(locale), locale],
] as const);

/** The percentage as printed: "75%" in English, "75 %" (no-break space) in Bulgarian. */
const percentPattern: Record<Locale, RegExp> = { en: /^\d+(\.\d)?%$/, bg: /^\d+(,\d)?\u00a0%$/ };

const page = (file: string) => parseHtml(readDist(file));

test.each(pages)('%s: the adoption table lists every year and percentage of the data file', (file, locale) => {
	const rows = bodyRows(one(page(file), 'table[data-adoption-table]'));
	expect(rows).toHaveLength(data.years.length);
	data.years.forEach((year, i) => {
		const [yearCell, valueCell, changeCell] = rows[i] ?? [];
		if (!yearCell || !valueCell || !changeCell) throw new Error(`row ${String(i + 1)} has fewer than three cells`);
		expect(textOf(yearCell)).toBe(String(year.year));
		expect(attribute(yearCell, 'data-year')).toBe(String(year.year));
		expect(attribute(valueCell, 'data-value')).toBe(String(year.adoptionPercent));
		expect(textOf(valueCell)).toBe(formatPercent(year.adoptionPercent, locale));
		expect(textOf(valueCell)).toMatch(percentPattern[locale]);
		const previous = data.years[i - 1];
		// The change column: points gained since the previous year, computed here from the file itself.
		if (previous) expect(textOf(changeCell)).toMatch(new RegExp(`^\\+${year.adoptionPercent - previous.adoptionPercent}\\b`));
		else expect(textOf(changeCell)).toBe('–');
	});
});

test.each(pages)('%s: the summary quotes the first and last year of the data file', (file, locale) => {
	const html = page(file);
	const summary = textOf(one(html, 'p[data-adoption-summary]'));
	const [first, last] = [data.years[0], data.years.at(-1)];
	for (const year of [first, last]) {
		expect(summary).toContain(String(year?.year));
		expect(summary).toContain(formatPercent(year?.adoptionPercent ?? Number.NaN, locale));
	}
	expect(textOf(one(html, 'span.chart-source'))).toContain(data.source[locale]);
});

test.each(pages)('%s: the timeline lists every year, company type and service of the data file', (file, locale) => {
	const rows = bodyRows(one(page(file), 'table.market-timeline'));
	expect(rows).toHaveLength(data.years.length);
	data.years.forEach((year, i) => {
		const [yearCell, valueCell, typesCell, servicesCell] = rows[i] ?? [];
		if (!yearCell || !valueCell || !typesCell || !servicesCell) throw new Error(`row ${String(i + 1)} has fewer than four cells`);
		expect(textOf(yearCell)).toBe(String(year.year));
		expect(textOf(valueCell)).toBe(formatPercent(year.adoptionPercent, locale));
		expect(all(typesCell, 'li').map(textOf)).toEqual(year.companyTypes[locale]);
		expect(all(servicesCell, 'li').map(textOf)).toEqual(year.topServices[locale]);
	});
});

test.each(LOCALES)('the %s statistics page draws its chart from that table, and guides do not', (locale) => {
	const html = page(statisticsPage(locale));
	const island = one(html, 'oip-adoption-chart');
	expect(all(island, 'table[data-adoption-table]')).toHaveLength(1);
	// The interactive chart's numbers come from the data file, as the table's do (never read back from its cells)…
	expect(JSON.parse(attribute(island, 'data-chart') ?? '')).toMatchObject({ points: data.years.map(({ year, adoptionPercent }) => ({ year, adoptionPercent })) });
	const strings: unknown = JSON.parse(attribute(island, 'data-strings') ?? '');
	expect(strings).toEqual({ 'stats.chart.label': expect.stringContaining('{values}') as unknown });
	// …and nothing else carries them: no inline data, no canvas until the script draws one.
	expect(all(html, 'canvas')).toEqual([]);
	expect(all(html, 'script:not([type="application/ld+json"])').map(textOf).filter((code) => /\b2021\b/.test(code))).toEqual([]);
	const guide = page(marketGuide(locale));
	expect(all(guide, 'oip-adoption-chart')).toEqual([]);
	expect(all(guide, 'a').map((a) => attribute(a, 'href'))).toContain(`${locale === 'en' ? '' : `/${locale}`}/statistics/#adoption`);
});

test.each(LOCALES)('the %s CSV download holds one row per year of the data file', (locale) => {
	const rows = parseCsv(readDist(`${prefix(locale)}statistics/bulgaria-outsourcing.csv`), { bom: true });
	expect(rows[0]).toEqual(['year', 'adoption_percent', 'company_types', 'top_services', 'source']);
	expect(rows.slice(1)).toEqual(
		data.years.map((year) => [
			String(year.year),
			String(year.adoptionPercent),
			year.companyTypes[locale].join('; '),
			year.topServices[locale].join('; '),
			data.source[locale],
		]),
	);
});

test.each(LOCALES)('the %s statistics page links the CSV of its own language', (locale) => {
	const link = one(page(statisticsPage(locale)), 'a[data-csv-link]');
	expect(attribute(link, 'href')).toBe(`${locale === 'en' ? '' : `/${locale}`}/statistics/bulgaria-outsourcing.csv`);
});
