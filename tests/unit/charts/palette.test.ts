import { readFileSync } from 'node:fs';
import { wcagContrast } from 'culori';
import { describe, expect, test } from 'vitest';
import { PALETTE_PARTS, readPalette } from '@/lib/charts/palette';
import { lightDarkColors } from '@/lib/look/palette';

/** A token's two colours, from `--name: light-dark(<light>, <dark>)` in a stylesheet of src/styles/. */
function token(file: string, name: string): Record<'light' | 'dark', string> {
	const css = readFileSync(new URL(`../../../src/styles/${file}`, import.meta.url), 'utf8');
	const colors = lightDarkColors([css], name);
	if (!colors) throw new Error(`${file} no longer defines --${name} as light-dark(#rrggbb, #rrggbb)`);
	return colors;
}

describe.each(['light', 'dark'] as const)('the %s chart colours', (theme) => {
	test('are readable on the page background of their theme', () => {
		const background = token('global.css', 'bg')[theme];
		// Bars are graphical objects (WCAG 1.4.11: 3:1); labels and ticks are text (1.4.3: 4.5:1).
		expect(wcagContrast(token('charts.css', 'chart-bar')[theme], background)).toBeGreaterThanOrEqual(3);
		expect(wcagContrast(token('charts.css', 'chart-label')[theme], background)).toBeGreaterThanOrEqual(4.5);
		expect(wcagContrast(token('charts.css', 'chart-tick')[theme], background)).toBeGreaterThanOrEqual(4.5);
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
