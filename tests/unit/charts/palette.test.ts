import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { chartTheme, PALETTES } from '@/lib/charts/palette';

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

/** The page background of each theme, read from the site's token (`--bg: light-dark(<light>, <dark>)`). */
function pageBackgrounds(): Record<'light' | 'dark', string> {
	const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');
	const match = /--bg:\s*light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)/i.exec(css);
	if (!match?.[1] || !match[2]) throw new Error('global.css no longer defines --bg as light-dark(#rrggbb, #rrggbb)');
	return { light: match[1], dark: match[2] };
}

describe('chartTheme', () => {
	test('follows html[data-theme], else the system preference', () => {
		expect(chartTheme('dark', false)).toBe('dark');
		expect(chartTheme('light', true)).toBe('light');
		expect(chartTheme(undefined, true)).toBe('dark');
		expect(chartTheme(undefined, false)).toBe('light');
		expect(chartTheme('sepia', true)).toBe('dark');
	});
});

describe.each(['light', 'dark'] as const)('the %s palette', (theme) => {
	test('is readable on the page background of its theme', () => {
		const palette = PALETTES[theme];
		const background = pageBackgrounds()[theme];
		// Bars are graphical objects (WCAG 1.4.11: 3:1); labels and ticks are text (1.4.3: 4.5:1).
		expect(contrast(palette.bar, background)).toBeGreaterThanOrEqual(3);
		expect(contrast(palette.label, background)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(palette.tick, background)).toBeGreaterThanOrEqual(4.5);
	});
});
