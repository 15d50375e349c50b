import { describe, expect, test } from 'vitest';
import { describeAdoptionChart, describeValues, readAdoptionSeries } from '@/lib/charts/adoptionChartData';
import { en } from '@/lib/i18n/ui/en';
import { bg } from '@/lib/i18n/ui/bg';

const points = [
	{ year: 2021, adoptionPercent: 45 },
	{ year: 2022, adoptionPercent: 52 },
	{ year: 2025, adoptionPercent: 75.5 },
];

describe('readAdoptionSeries', () => {
	test('reads the points and change texts the page hands over, in order', () => {
		const series = { points: [{ year: 2021, adoptionPercent: 45 }, { year: 2022, adoptionPercent: 52.5 }], changes: ['–', '+7.5 points'] };
		expect(readAdoptionSeries(JSON.stringify(series))).toEqual(series);
	});

	test.each([
		[undefined, 'no data-chart attribute'],
		['[]', 'no points'],
		['{"points": [], "changes": []}', 'no points'],
		['{"points": [{"year": 2021, "adoptionPercent": 45}]}', 'one change text per point'],
		['{"points": [{"year": 2021, "adoptionPercent": 45}], "changes": [1]}', 'one change text per point'],
		['{"points": [{"year": "2021", "adoptionPercent": 45}], "changes": ["–"]}', 'point 1 has no valid year'],
		['{"points": [{"year": 20.5, "adoptionPercent": 45}], "changes": ["–"]}', 'point 1 has no valid year'],
		['{"points": [{"year": 2021, "adoptionPercent": "45"}], "changes": ["–"]}', 'point 1 (2021) has no valid percentage'],
		['{"points": [{"year": 2021, "adoptionPercent": 101}], "changes": ["–"]}', 'point 1 (2021) has no valid percentage'],
		['{"points": [{"year": 2021, "adoptionPercent": 45}, null], "changes": ["–", "x"]}', 'point 2 has no valid year'],
	])('refuses data it cannot draw faithfully: %s', (json, message) => {
		expect(() => readAdoptionSeries(json)).toThrow(message);
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
