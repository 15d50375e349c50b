// Loaded with a dynamic import() only when the reader asks for the interactive chart: the one module that pulls in
// Chart.js. Registers just what a bar chart with a category and a linear axis and its tooltips need.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { adoptionChartConfig } from '@/lib/charts/adoptionChartConfig';
import type { AdoptionSeries } from '@/lib/charts/adoptionChartData';
import { readPalette } from '@/lib/charts/palette';
import type { Locale } from '@/lib/i18n/locales';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface DrawnChart {
	destroy(): void;
}

export interface AdoptionChartData extends AdoptionSeries {
	locale: Locale;
}

/**
 * Draws the adoption bar chart on `canvas` in the colours of the static SVG chart `painted` (read back from its parts,
 * so both follow src/styles/charts.css), and redraws it whenever the reader switches theme (`html[data-theme]`).
 */
export function drawAdoptionChart(canvas: HTMLCanvasElement, { points, changes, locale }: AdoptionChartData, painted: Element): DrawnChart {
	const root = document.documentElement;
	const palette = () =>
		readPalette((part, property) => {
			const element = painted.querySelector(`.${part}`);
			return element ? getComputedStyle(element)[property] : '';
		});
	const configure = () =>
		adoptionChartConfig({
			points,
			changes,
			locale,
			palette: palette(),
			reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
			fontFamily: getComputedStyle(canvas).fontFamily,
		});
	const chart = new Chart(canvas, configure());
	const themeObserver = new MutationObserver(() => {
		const next = configure();
		chart.data = next.data;
		if (next.options) chart.options = next.options;
		chart.update('none');
	});
	themeObserver.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
	return {
		destroy() {
			themeObserver.disconnect();
			chart.destroy();
		},
	};
}
