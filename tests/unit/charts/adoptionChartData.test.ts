import { describe, expect, test } from 'vitest';
import { describeAdoptionChart, describeValues, readAdoptionPoints } from '@/lib/charts/adoptionChartData';
import { en } from '@/lib/i18n/ui/en';
import { bg } from '@/lib/i18n/ui/bg';

const points = [
	{ year: 2021, adoptionPercent: 45 },
	{ year: 2022, adoptionPercent: 52 },
	{ year: 2025, adoptionPercent: 75.5 },
];

describe('readAdoptionPoints', () => {
	test('reads the data attributes of the table rows, in order', () => {
		expect(
			readAdoptionPoints([
				{ year: '2021', value: '45' },
				{ year: '2022', value: '52.5' },
			]),
		).toEqual([
			{ year: 2021, adoptionPercent: 45 },
			{ year: 2022, adoptionPercent: 52.5 },
		]);
	});

	test.each([
		[[{ year: null, value: '45' }], 'row 1 has no valid data-year'],
		[[{ year: '20.5', value: '45' }], 'row 1 has no valid data-year'],
		[[{ year: '2021', value: '45' }, { year: '2022', value: undefined }], 'row 2 (2022) has no valid data-value'],
		[[{ year: '2021', value: '' }], 'row 1 (2021) has no valid data-value'],
		[[{ year: '2021', value: '45 %' }], 'row 1 (2021) has no valid data-value'],
		[[{ year: '2021', value: '101' }], 'row 1 (2021) has no valid data-value'],
		[[{ year: '2021', value: '-1' }], 'row 1 (2021) has no valid data-value'],
		[[], 'no rows'],
	])('refuses a table it cannot read: %j', (rows, message) => {
		expect(() => readAdoptionPoints(rows)).toThrow(message);
	});
});

describe('describeAdoptionChart', () => {
	test('lists every year and value in the locale’s percent format', () => {
		expect(describeValues(points, 'en')).toBe('2021: 45%, 2022: 52%, 2025: 75.5%');
		expect(describeValues(points, 'bg')).toBe('2021: 45\u00a0%, 2022: 52\u00a0%, 2025: 75,5\u00a0%');
	});

	test('fills the dictionary’s template in both languages', () => {
		expect(describeAdoptionChart(en['stats.chart.label'], points, 'en')).toBe(
			'Bar chart of the share of Bulgarian companies that use outsourcing, by year: 2021: 45%, 2022: 52%, 2025: 75.5%.',
		);
		const label = describeAdoptionChart(bg['stats.chart.label'], points, 'bg');
		expect(label).toMatch(/^Стълбовидна диаграма/);
		expect(label).toContain('2025: 75,5\u00a0%.');
	});

	test('appends the values to a template without a placeholder rather than dropping them', () => {
		expect(describeAdoptionChart('Bar chart:', points.slice(0, 1), 'en')).toBe('Bar chart: 2021: 45%');
		expect(describeAdoptionChart('', points.slice(0, 1), 'en')).toBe('2021: 45%');
	});
});
