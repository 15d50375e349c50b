// Colours of the adoption chart: Okabe–Ito hues (distinguishable with every common colour-vision deficiency),
// one set per theme. The statistics page defines them as CSS custom properties (its global <style>) and the chart
// reads them at draw time; these constants are the fallback when a property is missing or not a plain colour.

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

/** The CSS custom property each palette entry is read from. */
export const PALETTE_PROPERTIES: Record<keyof ChartPalette, string> = {
	bar: '--chart-bar',
	barBorder: '--chart-bar-border',
	label: '--chart-label',
	tick: '--chart-tick',
	grid: '--chart-grid',
};

/** Okabe–Ito blue on the light background (5.1:1), sky blue on the dark one (7.8:1); text colours match the site's tokens. */
export const FALLBACK_PALETTES: Record<ChartTheme, ChartPalette> = {
	light: { bar: '#0072b2', barBorder: '#005282', label: '#1b1f24', tick: '#4a5260', grid: '#d9dde3' },
	dark: { bar: '#56b4e9', barBorder: '#9dd3f2', label: '#e8eaed', tick: '#b3bac5', grid: '#2f3540' },
};

/** The theme the page shows: the `data-theme` the theme script sets, else the reader's system preference. */
export function chartTheme(dataTheme: string | undefined, prefersDark: boolean): ChartTheme {
	if (dataTheme === 'dark' || dataTheme === 'light') return dataTheme;
	return prefersDark ? 'dark' : 'light';
}

/**
 * Whether a canvas can paint `value` as it stands. A custom property is read back unresolved, so a token
 * written as `light-dark(…)` or `var(…)` is not a colour to the canvas: those fall back.
 */
export function isPlainColour(value: string): boolean {
	return /^(#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|(?:rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch)\([^()]*\))$/i.test(value.trim());
}

/** Picks the palette for `theme`: each CSS custom property that holds a plain colour, else the fallback. */
export function resolvePalette(theme: ChartTheme, readProperty: (name: string) => string): ChartPalette {
	const fallback = FALLBACK_PALETTES[theme];
	const pick = (key: keyof ChartPalette): string => {
		const value = readProperty(PALETTE_PROPERTIES[key]).trim();
		return isPlainColour(value) ? value : fallback[key];
	};
	return { bar: pick('bar'), barBorder: pick('barBorder'), label: pick('label'), tick: pick('tick'), grid: pick('grid') };
}
