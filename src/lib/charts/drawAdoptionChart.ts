// Loaded with a dynamic import() only when the chart scrolls into view: the one module that pulls in Chart.js.
// Registers just what a bar chart with a category and a linear axis needs (no tooltip, legend or title plugins).
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import type { Locale } from '@/lib/i18n/locales';
import type { AdoptionPoint } from '@/lib/stats/adoptionTrend';
import { adoptionChartConfig } from './adoptionChartConfig';
import { chartTheme, PALETTES } from './palette';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export interface DrawnChart {
	destroy(): void;
}

/**
 * Draws the adoption bar chart on `canvas`, in the palette of the current theme,
 * and redraws it whenever the reader switches theme (`html[data-theme]`).
 */
export function drawAdoptionChart(canvas: HTMLCanvasElement, points: readonly AdoptionPoint[], locale: Locale): DrawnChart {
	const root = document.documentElement;
	const configure = () => {
		const style = getComputedStyle(canvas);
		const theme = chartTheme(root.dataset['theme'], matchMedia('(prefers-color-scheme: dark)').matches);
		return adoptionChartConfig({
			points,
			locale,
			palette: PALETTES[theme],
			reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
			fontFamily: style.fontFamily,
		});
	};
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
