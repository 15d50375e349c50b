import { describe, expect, test } from 'vitest';
import { adoptionTrend } from '@/lib/stats/adoptionTrend';
import { MARKET_CSV_HEADER, marketCsv } from '@/lib/stats/marketCsv';
import { csvField, toCsv } from '@/lib/stats/toCsv';
import { statsSchema, type StatsSet } from '@/schemas/stats';
import market from '../../../src/content/stats/bulgaria-market.json';

const data: StatsSet = statsSchema.parse(market['bulgaria-outsourcing']);

describe('adoptionTrend', () => {
	test('derives the summary figures from the data', () => {
		const trend = adoptionTrend(data.years);
		expect(trend.first).toMatchObject({ year: 2021, adoptionPercent: 45 });
		expect(trend.last).toMatchObject({ year: 2025, adoptionPercent: 75 });
		expect(trend.risePoints).toBe(30);
		expect(trend.averagePointsPerYear).toBe(7.5);
		// (75 / 45) ^ (1/4) − 1 = 13.62 %
		expect(trend.compoundGrowthPercent).toBe(13.6);
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
	const withYears = (years: unknown[]) => ({ ...market['bulgaria-outsourcing'], years });
	const [y2021, y2022, y2023] = market['bulgaria-outsourcing'].years;

	test('accepts the published data set exactly as the seed article gives it', () => {
		expect(data.years.map((y) => [y.year, y.adoptionPercent])).toEqual([
			[2021, 45],
			[2022, 52],
			[2023, 60],
			[2024, 68],
			[2025, 75],
		]);
	});

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

	test.each(['en', 'bg'] as const)('the %s market CSV carries exactly the data set', (locale) => {
		const lines = marketCsv(data, locale).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
		expect(lines[0]).toBe(MARKET_CSV_HEADER.join(','));
		expect(lines).toHaveLength(data.years.length + 1);
		data.years.forEach((year, i) => {
			const line = lines[i + 1] ?? '';
			expect(line.startsWith(`${year.year},${year.adoptionPercent},`)).toBe(true);
			expect(line).toContain(year.companyTypes[locale].join('; '));
			expect(line).toContain(data.source[locale]);
		});
	});
});
