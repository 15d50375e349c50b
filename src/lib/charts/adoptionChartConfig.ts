// The Chart.js configuration of the adoption chart, built from the data alone (no DOM, no canvas): unit-tested.
import type { ChartConfiguration } from 'chart.js';
import { formatPercent } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { AdoptionPoint } from '@/lib/stats/adoptionTrend';
import type { ChartPalette } from './palette';
import { valueLabelsPlugin } from './valueLabels';

export interface AdoptionChartInput {
	points: readonly AdoptionPoint[];
	locale: Locale;
	palette: ChartPalette;
	/** The reader asked for reduced motion: draw the final chart at once. */
	reducedMotion: boolean;
	/** CSS font-family of the page, so axis text matches the body text. */
	fontFamily: string;
	/** What the table says of each year's change ("+7 points (15.6%)"), shown when the reader points at its bar. */
	changes: readonly string[];
}

/** Axis and label text size, in CSS pixels. */
export const CHART_FONT_SIZE = 13;
/** The y axis's step (it always runs from 0 to 100 %) and the widest a bar may be: the SVG chart draws the same. */
export const Y_STEP = 20;
export const MAX_BAR_WIDTH = 72;

export function adoptionChartConfig({ points, locale, palette, reducedMotion, fontFamily, changes }: AdoptionChartInput): ChartConfiguration<'bar', number[], string> {
	const font = { family: fontFamily, size: CHART_FONT_SIZE };
	return {
		type: 'bar',
		data: {
			labels: points.map((point) => String(point.year)),
			datasets: [
				{
					data: points.map((point) => point.adoptionPercent),
					backgroundColor: palette.bar,
					borderColor: palette.barBorder,
					borderWidth: 1,
					maxBarThickness: MAX_BAR_WIDTH,
				},
			],
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: reducedMotion ? false : { duration: 500 },
			// Every value is printed on its bar; pointing at (or tapping) a bar tells its change on the year before.
			interaction: { mode: 'index', intersect: false },
			layout: { padding: { top: CHART_FONT_SIZE + 10 } },
			scales: {
				x: {
					grid: { display: false },
					border: { color: palette.grid },
					ticks: { color: palette.tick, font },
				},
				y: {
					min: 0,
					max: 100,
					border: { display: false },
					grid: { color: palette.grid },
					ticks: { stepSize: Y_STEP, color: palette.tick, font, callback: (value) => formatPercent(Number(value), locale) },
				},
			},
			plugins: {
				tooltip: {
					displayColors: false,
					titleFont: { ...font, weight: 'bold' },
					bodyFont: font,
					callbacks: {
						label: (item) => formatPercent(Number(item.raw), locale),
						afterLabel: (item) => changes[item.dataIndex] ?? '',
					},
				},
				valueLabels: { color: palette.label, locale, font: `600 ${CHART_FONT_SIZE}px ${fontFamily}`, offset: 4 },
			},
		},
		plugins: [valueLabelsPlugin],
	};
}
