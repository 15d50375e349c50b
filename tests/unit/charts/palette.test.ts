import { describe, expect, test } from 'vitest';
import { chartTheme, FALLBACK_PALETTES, isPlainColour, PALETTE_PROPERTIES, resolvePalette } from '@/lib/charts/palette';

/** Relative luminance and contrast ratio (WCAG 2.x) of #rrggbb colours. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}
/** The page backgrounds of src/styles/global.css (--bg). */
const BACKGROUND = { light: '#fdfdfc', dark: '#14171c' } as const;

describe('chartTheme', () => {
	test('follows html[data-theme], else the system preference', () => {
		expect(chartTheme('dark', false)).toBe('dark');
		expect(chartTheme('light', true)).toBe('light');
		expect(chartTheme(undefined, true)).toBe('dark');
		expect(chartTheme(undefined, false)).toBe('light');
		expect(chartTheme('sepia', true)).toBe('dark');
	});
});

describe('isPlainColour', () => {
	test.each(['#0072b2', '#fff', '#0072b2cc', 'rgb(0 114 178)', 'rgba(0, 114, 178, 0.5)', 'oklch(0.5 0.1 240)', ' #abc '])('accepts %s', (value) => {
		expect(isPlainColour(value)).toBe(true);
	});
	test.each(['', 'light-dark(#0072b2, #56b4e9)', 'var(--accent)', '#12', 'blue; background: red', 'rgb(var(--x))'])('rejects %j', (value) => {
		expect(isPlainColour(value)).toBe(false);
	});
});

describe('resolvePalette', () => {
	test('takes each colour from its CSS custom property', () => {
		const css: Record<string, string> = {
			'--chart-bar': ' #111111',
			'--chart-bar-border': '#222222',
			'--chart-label': 'rgb(3 3 3)',
			'--chart-tick': '#444',
			'--chart-grid': '#555555',
		};
		expect(resolvePalette('light', (name) => css[name] ?? '')).toEqual({
			bar: '#111111',
			barBorder: '#222222',
			label: 'rgb(3 3 3)',
			tick: '#444',
			grid: '#555555',
		});
	});

	test('falls back per entry, per theme, when a property is missing or not a plain colour', () => {
		const css: Record<string, string> = { '--chart-bar': 'light-dark(#000, #fff)', '--chart-grid': '#555555' };
		expect(resolvePalette('dark', (name) => css[name] ?? '')).toEqual({ ...FALLBACK_PALETTES.dark, grid: '#555555' });
		expect(resolvePalette('light', () => '')).toEqual(FALLBACK_PALETTES.light);
	});

	test('reads exactly the properties src/styles/content.css defines, for both themes', async () => {
		const { readFileSync } = await import('node:fs');
		const css = readFileSync(new URL('../../../src/styles/content.css', import.meta.url), 'utf8');
		// Every rule for exactly this selector, comments stripped.
		const block = (selector: string) =>
			[...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^}]*)\}/g)]
				.filter((rule) => rule[1]?.trim() === selector)
				.map((rule) => rule[2])
				.join('\n');
		for (const [theme, selector] of [
			['light', '.adoption-chart'],
			['dark', ":root[data-theme='dark'] .adoption-chart"],
		] as const) {
			const declared = Object.fromEntries([...block(selector).matchAll(/(--chart-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]]));
			expect(Object.keys(declared).sort(), theme).toEqual(Object.values(PALETTE_PROPERTIES).sort());
			// The stylesheet and the fallback agree, so a missing property never changes the look.
			expect(resolvePalette(theme, (name) => declared[name] ?? '')).toEqual(FALLBACK_PALETTES[theme]);
		}
	});

	test.each(['light', 'dark'] as const)('the %s palette is readable on its background', (theme) => {
		const palette = FALLBACK_PALETTES[theme];
		// Bars are graphical objects (WCAG 1.4.11: 3:1); labels and ticks are text (1.4.3: 4.5:1).
		expect(contrast(palette.bar, BACKGROUND[theme])).toBeGreaterThanOrEqual(3);
		expect(contrast(palette.label, BACKGROUND[theme])).toBeGreaterThanOrEqual(4.5);
		expect(contrast(palette.tick, BACKGROUND[theme])).toBeGreaterThanOrEqual(4.5);
	});

	test('uses Okabe–Ito hues, safe for colour-blind readers', () => {
		expect(FALLBACK_PALETTES.light.bar).toBe('#0072b2');
		expect(FALLBACK_PALETTES.dark.bar).toBe('#56b4e9');
	});
});
