import { expect, test } from 'vitest';
import { adoptionChartSvg, SVG_HEIGHT, SVG_WIDTH } from '@/lib/charts/adoptionChartSvg';

const points = [
	{ year: 2021, adoptionPercent: 45 },
	{ year: 2022, adoptionPercent: 52 },
	{ year: 2023, adoptionPercent: 100 },
	{ year: 2024, adoptionPercent: 0 },
];

test('one bar per year, in order, each as tall as its share of the 0–100 % scale', () => {
	const { bars, plot, yTicks } = adoptionChartSvg(points, 'en');
	expect(bars.map((bar) => bar.year)).toEqual([2021, 2022, 2023, 2024]);
	const top = yTicks[yTicks.length - 1]?.y ?? 0;
	const full = plot.bottom - top;
	for (const bar of bars) {
		expect(bar.y + bar.height).toBeCloseTo(plot.bottom, 1);
		expect(bar.height / full).toBeCloseTo(bar.value / 100, 2);
	}
	expect(bars[3]?.height).toBe(0);
});

test('bars sit inside the drawing, left to right, each centred in its year, labels above them', () => {
	const { bars, plot } = adoptionChartSvg(points, 'en');
	for (const [i, bar] of bars.entries()) {
		expect(bar.x).toBeGreaterThanOrEqual(plot.left);
		expect(bar.x + bar.width).toBeLessThanOrEqual(plot.right);
		expect(Math.abs(bar.labelX - (bar.x + bar.width / 2))).toBeLessThanOrEqual(0.1);
		expect(bar.labelY).toBeLessThan(bar.y);
		expect(bar.labelY).toBeGreaterThan(0);
		if (i > 0) expect(bar.x).toBeGreaterThan((bars[i - 1]?.x ?? 0) + (bars[i - 1]?.width ?? 0));
	}
	expect(plot.right).toBeLessThanOrEqual(SVG_WIDTH);
	expect(plot.bottom).toBeLessThan(SVG_HEIGHT);
});

test('values and the y axis are written in the page’s language, the axis from 0 to 100 % in steps of 20', () => {
	expect(adoptionChartSvg(points, 'en').bars.map((bar) => bar.label)).toEqual(['45%', '52%', '100%', '0%']);
	const bg = adoptionChartSvg(points, 'bg');
	expect(bg.bars[0]?.label).toBe('45\u00a0%');
	expect(bg.yTicks.map((tick) => tick.label)).toEqual(['0\u00a0%', '20\u00a0%', '40\u00a0%', '60\u00a0%', '80\u00a0%', '100\u00a0%']);
	const ys = bg.yTicks.map((tick) => tick.y);
	expect(ys).toEqual([...ys].sort((a, b) => b - a));
});

test('a single year gets a bar no wider than Chart.js would draw it (72)', () => {
	expect(adoptionChartSvg([{ year: 2025, adoptionPercent: 75 }], 'en').bars[0]?.width).toBe(72);
});
