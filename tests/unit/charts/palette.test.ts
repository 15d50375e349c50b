import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PALETTE_PARTS, readPalette } from '@/lib/charts/palette';

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

/** A token's two colours, from `--name: light-dark(<light>, <dark>)` in a stylesheet of src/styles/. */
function token(file: string, name: string): Record<'light' | 'dark', string> {
	const css = readFileSync(new URL(`../../../src/styles/${file}`, import.meta.url), 'utf8');
	const match = new RegExp(`--${name}:\\s*light-dark\\(\\s*(#[0-9a-f]{6})\\s*,\\s*(#[0-9a-f]{6})\\s*\\)`, 'i').exec(css);
	if (!match?.[1] || !match[2]) throw new Error(`${file} no longer defines --${name} as light-dark(#rrggbb, #rrggbb)`);
	return { light: match[1], dark: match[2] };
}

describe.each(['light', 'dark'] as const)('the %s chart colours', (theme) => {
	test('are readable on the page background of their theme', () => {
		const background = token('global.css', 'bg')[theme];
		// Bars are graphical objects (WCAG 1.4.11: 3:1); labels and ticks are text (1.4.3: 4.5:1).
		expect(contrast(token('charts.css', 'chart-bar')[theme], background)).toBeGreaterThanOrEqual(3);
		expect(contrast(token('charts.css', 'chart-label')[theme], background)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(token('charts.css', 'chart-tick')[theme], background)).toBeGreaterThanOrEqual(4.5);
	});
});

describe('readPalette', () => {
	test('reads each colour from the part of the SVG chart that paints it', () => {
		const palette = readPalette((part, property) => `${part}.${property}`);
		expect(palette).toEqual({ bar: 'chart-bar.fill', barBorder: 'chart-bar.stroke', label: 'chart-value.fill', tick: 'chart-tick.fill', grid: 'chart-grid.stroke' });
	});

	test('every part it reads is styled in charts.css', () => {
		const css = readFileSync(new URL('../../../src/styles/charts.css', import.meta.url), 'utf8');
		for (const { part, property } of Object.values(PALETTE_PARTS)) {
			expect(css).toMatch(new RegExp(`\\.${part} \\{[^}]*${property}: var\\(--chart-`));
		}
	});

	test('names the part whose colour is missing', () => {
		expect(() => readPalette((part) => (part === 'chart-grid' ? 'none' : '#000'))).toThrow(/chart-grid has no stroke colour/);
	});
});
