// Colours of the adoption chart: Okabe–Ito hues (distinguishable with every common colour-vision deficiency),
// one set per theme. Only the canvas uses them, so they live here and nowhere else (no CSS copy to keep in step).

export type ChartTheme = 'light' | 'dark';

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

/** Okabe–Ito blue on the light background (5.1:1), sky blue on the dark one (7.8:1); text colours match the site's tokens. */
export const PALETTES: Record<ChartTheme, ChartPalette> = {
	light: { bar: '#0072b2', barBorder: '#005282', label: '#1b1f24', tick: '#4a5260', grid: '#d9dde3' },
	dark: { bar: '#56b4e9', barBorder: '#9dd3f2', label: '#e8eaed', tick: '#b3bac5', grid: '#2f3540' },
};

/** The theme the page shows: the `data-theme` the theme script sets, else the reader's system preference. */
export function chartTheme(dataTheme: string | undefined, prefersDark: boolean): ChartTheme {
	if (dataTheme === 'dark' || dataTheme === 'light') return dataTheme;
	return prefersDark ? 'dark' : 'light';
}
