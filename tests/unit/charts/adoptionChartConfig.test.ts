import type { Chart, Scale } from 'chart.js';
import { describe, expect, test, vi } from 'vitest';
import { adoptionChartConfig, CHART_FONT_SIZE } from '@/lib/charts/adoptionChartConfig';
import { valueLabel, valueLabelPositions, valueLabelsPlugin, type ValueLabelsOptions } from '@/lib/charts/valueLabels';

const points = [
	{ year: 2021, adoptionPercent: 45 },
	{ year: 2022, adoptionPercent: 52 },
	{ year: 2023, adoptionPercent: 60 },
];
const palette = { bar: '#0072b2', barBorder: '#005282', label: '#1b1f24', tick: '#4a5260', grid: '#d9dde3' };
const changes = ['', '+7 points (15.6%)', '+8 points (15.4%)'];
const input = { points, locale: 'en', palette, reducedMotion: false, fontFamily: 'system-ui', changes } as const;

describe('adoptionChartConfig', () => {
	test('one bar per year, from the data alone', () => {
		const config = adoptionChartConfig(input);
		expect(config.type).toBe('bar');
		expect(config.data.labels).toEqual(['2021', '2022', '2023']);
		expect(config.data.datasets).toHaveLength(1);
		expect(config.data.datasets[0]?.data).toEqual([45, 52, 60]);
	});

	test('the y axis always runs from 0 to 100 %, labelled in the page’s language', () => {
		for (const locale of ['en', 'bg'] as const) {
			const y = adoptionChartConfig({ ...input, locale }).options?.scales?.['y'];
			expect(y?.min).toBe(0);
			expect(y?.max).toBe(100);
			const callback = y?.ticks?.callback;
			const label = callback?.call(Object.create(null) as Scale, 60, 3, []);
			expect(label).toBe(locale === 'en' ? '60%' : '60\u00a0%');
		}
	});

	test('animates only when the reader has not asked for reduced motion', () => {
		expect(adoptionChartConfig({ ...input, reducedMotion: true }).options?.animation).toBe(false);
		const animation = adoptionChartConfig(input).options?.animation;
		expect(animation ? typeof animation.duration : 'off').toBe('number');
	});

	test('paints with the palette it is given', () => {
		const dark = { bar: '#56b4e9', barBorder: '#9dd3f2', label: '#e8eaed', tick: '#b3bac5', grid: '#2f3540' };
		const config = adoptionChartConfig({ ...input, palette: dark });
		expect(config.data.datasets[0]).toMatchObject({ backgroundColor: dark.bar, borderColor: dark.barBorder });
		expect(config.options?.scales?.['y']?.grid?.color).toBe(dark.grid);
		expect(config.options?.scales?.['x']?.ticks?.color).toBe(dark.tick);
		expect(config.options?.plugins?.valueLabels).toMatchObject({ color: dark.label, locale: 'en' });
	});

	test('a bar’s tooltip tells its value and, in the table’s words, its change on the year before', () => {
		const callbacks = adoptionChartConfig({ ...input, locale: 'bg' }).options?.plugins?.tooltip?.callbacks;
		const item = { raw: 52, dataIndex: 1 } as never;
		expect(callbacks?.label?.call(Object.create(null) as never, item)).toBe('52\u00a0%');
		expect(callbacks?.afterLabel?.call(Object.create(null) as never, item)).toBe('+7 points (15.6%)');
	});

	test('prints each value on its bar, and leaves room above the tallest bar', () => {
		const config = adoptionChartConfig(input);
		expect(config.plugins).toEqual([valueLabelsPlugin]);
		expect(config.options?.layout?.padding).toEqual({ top: CHART_FONT_SIZE + 10 });
		expect(config.options?.plugins?.valueLabels?.font).toBe(`600 ${CHART_FONT_SIZE}px system-ui`);
	});
});

describe('value labels', () => {
	test('format each value as a localised percentage', () => {
		expect(valueLabel(75, 'en')).toBe('75%');
		expect(valueLabel(75, 'bg')).toBe('75\u00a0%');
		expect(valueLabel(13.6, 'bg')).toBe('13,6\u00a0%');
	});

	const fakeChart = (hidden = false) =>
		({
			data: { datasets: [{ data: [45, Number.NaN, 75] }] },
			getDatasetMeta: () => ({
				hidden,
				data: [
					{ x: 10, y: 100 },
					{ x: 20, y: 90 },
					{ x: 30, y: 50 },
				],
			}),
		}) as unknown as Chart<'bar'>;

	test('sit centred above each bar, skipping missing values and hidden datasets', () => {
		expect(valueLabelPositions(fakeChart(), { locale: 'bg', offset: 4 })).toEqual([
			{ text: '45\u00a0%', x: 10, y: 96 },
			{ text: '75\u00a0%', x: 30, y: 46 },
		]);
		expect(valueLabelPositions(fakeChart(true), { locale: 'en', offset: 4 })).toEqual([]);
	});

	test('the plugin draws them on the canvas with the configured colour and font, and restores the context', () => {
		const calls: string[] = [];
		const ctx = {
			save: vi.fn(() => calls.push('save')),
			restore: vi.fn(() => calls.push('restore')),
			fillText: vi.fn((text: string, x: number, y: number) => calls.push(`${text}@${x},${y}`)),
			fillStyle: '',
			font: '',
			textAlign: '',
			textBaseline: '',
		};
		const chart = Object.assign(fakeChart(), { ctx }) as unknown as Chart<'bar'>;
		const options: ValueLabelsOptions = { color: '#123456', locale: 'en', font: '600 13px serif', offset: 6 };
		valueLabelsPlugin.afterDatasetsDraw?.(chart, {}, options, false);
		expect(calls).toEqual(['save', '45%@10,94', '75%@30,44', 'restore']);
		expect(ctx).toMatchObject({ fillStyle: '#123456', font: '600 13px serif', textAlign: 'center', textBaseline: 'bottom' });
	});
});
