// The adoption bar chart as static SVG geometry, computed at build time from the data alone (no DOM): the chart every
// reader sees at once, without JavaScript. Same scale as the interactive Chart.js chart (0–100 % in steps of 20, the
// value printed above each bar), so the interactive one that replaces it on request shows the same picture.
import { formatPercent } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { AdoptionPoint } from '@/lib/stats/adoptionTrend';
import { CHART_FONT_SIZE, MAX_BAR_WIDTH, Y_STEP } from './adoptionChartConfig';

/** The drawing's own coordinate system (the SVG viewBox); it scales to the chart panel keeping its proportions. */
export const SVG_WIDTH = 400;
export const SVG_HEIGHT = 240;
/** Room for the y-axis labels (left), the value labels (top) and the years (bottom), in viewBox units. */
const MARGIN = { top: CHART_FONT_SIZE + 10, right: 4, bottom: CHART_FONT_SIZE + 12, left: 40 };
/** As Chart.js draws bars: 90 % of 80 % of each year's slot (its bar and category percentages), at most MAX_BAR_WIDTH. */
const BAR_SHARE = 0.9 * 0.8;
const VALUE_GAP = 4;

export interface SvgBar {
	year: number;
	value: number;
	x: number;
	y: number;
	width: number;
	height: number;
	/** The value as the page's language writes it ("75%", "75 %"), centred above the bar at (labelX, labelY). */
	label: string;
	labelX: number;
	labelY: number;
}

export interface SvgTick {
	/** Vertical position of the grid line. */
	y: number;
	label: string;
}

export interface AdoptionChartSvg {
	width: number;
	height: number;
	/** The plot area's left and right edges and its baseline (0 %). */
	plot: { left: number; right: number; bottom: number };
	bars: SvgBar[];
	yTicks: SvgTick[];
	/** Where the year labels sit (their baseline). */
	yearY: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Bars, grid and labels for `points`, on a 0–100 % scale. */
export function adoptionChartSvg(points: readonly AdoptionPoint[], locale: Locale): AdoptionChartSvg {
	const left = MARGIN.left;
	const right = SVG_WIDTH - MARGIN.right;
	const top = MARGIN.top;
	const bottom = SVG_HEIGHT - MARGIN.bottom;
	const yOf = (percent: number) => round(bottom - ((bottom - top) * percent) / 100);
	const slot = points.length > 0 ? (right - left) / points.length : 0;
	const width = round(Math.min(MAX_BAR_WIDTH, slot * BAR_SHARE));
	const bars = points.map((point, i) => {
		const centre = left + slot * (i + 0.5);
		const y = yOf(point.adoptionPercent);
		return {
			year: point.year,
			value: point.adoptionPercent,
			x: round(centre - width / 2),
			y,
			width,
			height: round(bottom - y),
			label: formatPercent(point.adoptionPercent, locale),
			labelX: round(centre),
			labelY: round(y - VALUE_GAP),
		};
	});
	const yTicks: SvgTick[] = [];
	for (let percent = 0; percent <= 100; percent += Y_STEP) yTicks.push({ y: yOf(percent), label: formatPercent(percent, locale) });
	return { width: SVG_WIDTH, height: SVG_HEIGHT, plot: { left, right, bottom }, bars, yTicks, yearY: SVG_HEIGHT - 6 };
}
