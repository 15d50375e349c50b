/**
 * <oip-adoption-chart> (AdoptionChart.astro, interactive): at page load it only wires the "Interactive chart" button;
 * the chart the reader sees is the build-time SVG. Chart.js arrives with drawAdoptionChart.ts, imported dynamically
 * when the reader presses the button, and draws the series the page carries (`data-chart`) over the SVG's box (same
 * size: no layout shift). Pressing it again goes back to the SVG.
 */
import { defineIsland, Island, islandTranslator, parts } from '@/components/island';
import { islandLocale } from '@/components/islandLocale';
import { describeAdoptionChart, readAdoptionSeries } from '@/lib/charts/adoptionChartData';
import type { DrawnChart } from './drawAdoptionChart';

class AdoptionChart extends Island {
	#chart: DrawnChart | undefined;
	#loading = false;

	connectedCallback() {
		const { chartExplore: button, chartPanel: panel, staticChart: svg } = parts(this, {
			chartExplore: HTMLButtonElement,
			chartPanel: HTMLElement,
			staticChart: SVGSVGElement,
		});
		this.listen(button, 'click', () => void this.#toggle(button, panel, svg));
		this.onDisconnect(() => {
			this.#chart?.destroy();
			this.#chart = undefined;
			panel.querySelector('canvas')?.remove();
			panel.removeAttribute('data-view');
			button.setAttribute('aria-pressed', 'false');
		});
	}

	async #toggle(button: HTMLButtonElement, panel: HTMLElement, svg: SVGSVGElement) {
		if (this.#loading || button.getAttribute('aria-disabled') === 'true') return;
		const interactive = button.getAttribute('aria-pressed') !== 'true';
		if (interactive && !this.#chart && !(await this.#draw(button, panel, svg))) return;
		button.setAttribute('aria-pressed', String(interactive));
		if (interactive) panel.dataset['view'] = 'interactive';
		else panel.removeAttribute('data-view');
	}

	/** Loads Chart.js and draws the interactive chart; false when it cannot (the SVG chart then stays). */
	async #draw(button: HTMLButtonElement, panel: HTMLElement, svg: SVGSVGElement): Promise<boolean> {
		const t = islandTranslator(this);
		const locale = islandLocale(this);
		this.dataset['chartState'] = 'loading';
		// Not `disabled`: that would take the keyboard focus away from the button the reader just pressed.
		this.#loading = true;
		button.setAttribute('aria-busy', 'true');
		try {
			const series = readAdoptionSeries(this.dataset['chart']);
			const { drawAdoptionChart } = await import('./drawAdoptionChart');
			if (!this.isConnected) return false;
			const canvas = document.createElement('canvas');
			canvas.setAttribute('role', 'img');
			canvas.setAttribute('aria-label', describeAdoptionChart(t('stats.chart.label'), series.points, locale));
			panel.append(canvas);
			// Shown before drawing, so Chart.js sizes the canvas to the panel.
			panel.dataset['view'] = 'interactive';
			this.#chart = drawAdoptionChart(canvas, { ...series, locale }, svg);
			this.dataset['chartState'] = 'drawn';
			return true;
		} catch {
			// Offline, blocked or data it cannot read: the static chart and the table still show every figure.
			this.dataset['chartState'] = 'failed';
			panel.querySelector('canvas')?.remove();
			panel.removeAttribute('data-view');
			return false;
		} finally {
			this.#loading = false;
			button.removeAttribute('aria-busy');
			if (this.dataset['chartState'] === 'failed') button.setAttribute('aria-disabled', 'true');
		}
	}
}

defineIsland('oip-adoption-chart', AdoptionChart);
