// Colours of the adoption chart: Okabe–Ito hues (distinguishable with every common colour-vision deficiency), one set
// per theme. They live once, as CSS custom properties in src/styles/charts.css, which paint the build-time SVG chart;
// the interactive chart reads the same colours back from that SVG, so there is no second copy to keep in step.

export interface ChartPalette {
	/** Bar fill. */
	bar: string;
	/** Bar outline, a shade of the fill. */
	barBorder: string;
	/** The value printed above each bar. */
	label: string;
	/** Axis tick text. */
	tick: string;
	/** Grid lines and the axis line. */
	grid: string;
}

/** Where each colour is painted in the SVG chart: the part's class and the CSS property that carries the colour. */
export const PALETTE_PARTS: Readonly<Record<keyof ChartPalette, { part: string; property: 'fill' | 'stroke' }>> = {
	bar: { part: 'chart-bar', property: 'fill' },
	barBorder: { part: 'chart-bar', property: 'stroke' },
	label: { part: 'chart-value', property: 'fill' },
	tick: { part: 'chart-tick', property: 'fill' },
	grid: { part: 'chart-grid', property: 'stroke' },
};

/** The palette as painted now: `colourOf` reads a part's computed colour (getComputedStyle in the browser). */
export function readPalette(colourOf: (part: string, property: 'fill' | 'stroke') => string): ChartPalette {
	const entries = Object.entries(PALETTE_PARTS).map(([key, { part, property }]) => {
		const colour = colourOf(part, property);
		if (!colour || colour === 'none') throw new Error(`the chart's .${part} has no ${property} colour`);
		return [key, colour];
	});
	return Object.fromEntries(entries) as Record<keyof ChartPalette, string>;
}
