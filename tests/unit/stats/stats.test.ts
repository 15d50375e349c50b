import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { adoptionTrend } from '@/lib/stats/adoptionTrend';
import { MARKET_CSV_HEADER, marketCsv } from '@/lib/stats/marketCsv';
import { csvField, toCsv } from '@/lib/stats/toCsv';
import { statsSchema, type StatsSet } from '@/schemas/stats';

/** A year of a data set: text with the commas, quotes and line breaks a CSV writer must escape. */
const year = (y: number, adoptionPercent: number) => ({
	year: y,
	adoptionPercent,
	companyTypes: { en: ['Startups, mostly', `"Big" firms ${String(y)}`], bg: ['Стартъпи, предимно', `„Големи“ фирми ${String(y)}`] },
	topServices: { en: ['Call centres\nand support'], bg: ['Кол центрове'] },
});
/** A data set in the schema's shape (the site's own figures are checked against the built pages, in tests/dist). */
const SET = {
	title: { en: 'Companies that use outsourcing', bg: 'Компании, които използват аутсорсинг' },
	source: { en: 'Market analyses, "adapted"', bg: 'Пазарни анализи, „адаптирани“' },
	years: [year(2021, 45), year(2022, 52), year(2023, 60), year(2024, 68), year(2025, 75)],
};
const data: StatsSet = statsSchema.parse(SET);

/** An independent RFC 4180 reader: what a spreadsheet or a script makes of a CSV file. */
const readCsv = (text: string) => parse(text, { bom: true });

describe('adoptionTrend', () => {
	test('derives the summary figures from the data', () => {
		const trend = adoptionTrend(data.years);
		expect(trend.first).toMatchObject({ year: 2021, adoptionPercent: 45 });
		expect(trend.last).toMatchObject({ year: 2025, adoptionPercent: 75 });
		expect(trend.risePoints).toBe(30);
		expect(trend.averagePointsPerYear).toBe(7.5);
		// (75 / 45) ^ (1/4) − 1 = 13.62 %
		expect(trend.growsEveryYear).toBe(true);
		expect(trend.changes.map((c) => c.points)).toEqual([7, 8, 8, 7]);
		// 7/45, 8/52, 8/60, 7/68
		expect(trend.changes.map((c) => c.growthPercent)).toEqual([15.6, 15.4, 13.3, 10.3]);
		// 2023 and 2024 both gained 8 points: a summary must name both, not pick one.
		expect(trend.largestRises).toEqual([
			{ year: 2023, points: 8, growthPercent: 15.4 },
			{ year: 2024, points: 8, growthPercent: 13.3 },
		]);
	});

	test('reports a fall as not growing every year', () => {
		const trend = adoptionTrend([
			{ year: 2020, adoptionPercent: 50 },
			{ year: 2021, adoptionPercent: 40 },
			{ year: 2022, adoptionPercent: 60 },
		]);
		expect(trend.growsEveryYear).toBe(false);
		expect(trend.changes[0]?.points).toBe(-10);
		expect(trend.largestRises.map((c) => c.year)).toEqual([2022]);
	});

	test('names a missing year instead of averaging over the gap', () => {
		expect(() =>
			adoptionTrend([
				{ year: 2021, adoptionPercent: 45 },
				{ year: 2023, adoptionPercent: 60 },
			]),
		).toThrow('Adoption data jumps from 2021 to 2023: add the missing year.');
	});

	test('needs two years', () => {
		expect(() => adoptionTrend([{ year: 2021, adoptionPercent: 45 }])).toThrow(/at least two years/);
		expect(() => adoptionTrend([])).toThrow(/at least two years/);
	});
});

describe('stats schema', () => {
	const withYears = (years: unknown[]) => ({ ...SET, years });
	const [y2021, y2022, y2023] = SET.years;

	test('a year with missing data fails, naming the year', () => {
		const result = statsSchema.safeParse(withYears([y2021, y2023]));
		expect(result.success).toBe(false);
		const issue = result.error?.issues[0];
		expect(issue?.path).toEqual(['years', 1, 'year']);
		expect(issue?.message).toBe('missing data for 2022 (years must be consecutive)');
	});

	test('a year whose figure is missing fails, naming the field', () => {
		const { adoptionPercent: _dropped, ...incomplete } = y2022 ?? { adoptionPercent: 0 };
		const result = statsSchema.safeParse(withYears([y2021, incomplete, y2023]));
		expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('years.1.adoptionPercent');
	});

	test('duplicate or unordered years fail', () => {
		expect(statsSchema.safeParse(withYears([y2022, y2021])).error?.issues[0]?.message).toMatch(/unique and ascending/);
		expect(statsSchema.safeParse(withYears([y2021, y2021])).success).toBe(false);
	});

	test('a percentage outside 0–100 and translations of different length fail', () => {
		expect(statsSchema.safeParse(withYears([{ ...y2021, adoptionPercent: 145 }, y2022])).success).toBe(false);
		const mismatched = { ...y2021, companyTypes: { en: ['a', 'b'], bg: ['а'] } };
		expect(statsSchema.safeParse(withYears([mismatched, y2022])).error?.issues[0]?.path).toEqual(['years', 0, 'companyTypes']);
	});
});

describe('CSV', () => {
	test('escapes quotes, commas and line breaks (RFC 4180)', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField(45)).toBe('45');
	});

	test('defuses spreadsheet formulas in text cells but not in numbers', () => {
		expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
		expect(csvField('+1')).toBe("'+1");
		expect(csvField(-3)).toBe('-3');
	});

	test('writes a BOM, CRLF line ends and checks row widths', () => {
		expect(toCsv(['a', 'b'], [[1, 2]])).toBe('\uFEFFa,b\r\n1,2\r\n');
		expect(() => toCsv(['a', 'b'], [[1]])).toThrow('CSV row 1 has 1 fields; the header has 2.');
	});

	test('an independent CSV parser reads back every cell as written, a would-be formula with its leading apostrophe', () => {
		const text = fc.string({ unit: fc.constantFrom('a', 'я', ' ', ',', ';', '"', "'", '\n', '\r', '\t', '=', '+', '-', '@', '😀') });
		const cell = fc.oneof(text, fc.integer({ min: -1e6, max: 1e6 }));
		const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
			fc.record({ header: fc.array(text, { minLength: width, maxLength: width }), rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 5 }) }),
		);
		const asRead = (value: string | number) => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value));
		fc.assert(
			fc.property(table, ({ header, rows }) => {
				expect(readCsv(toCsv(header, rows))).toEqual([header, ...rows].map((row) => row.map(asRead)));
			}),
			{ numRuns: 500 },
		);
	});

	test.each(['en', 'bg'] as const)('the %s market CSV reads back as exactly the data set, one row per year', (locale) => {
		expect(readCsv(marketCsv(data, locale))).toEqual([
			[...MARKET_CSV_HEADER],
			...data.years.map((y) => [String(y.year), String(y.adoptionPercent), y.companyTypes[locale].join('; '), y.topServices[locale].join('; '), data.source[locale]]),
		]);
	});
});
