// The brand colours: the stylesheet's own palette, the firm's colours with their derived shades, and WCAG AA contrast.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wcagContrast } from 'culori';
import { describe, expect, test } from 'vitest';
import { brandPalette, CHART_TOKENS, contrastProblems, CONTRAST_RULES, formatContrastProblems, paletteRule, PALETTE_TOKENS, SITE_TOKENS, stylesheetPalette, THEMES, toHex, type ThemeColors } from '@/lib/look/palette';
import { siteConfig } from '@/site.config';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const css = (name: string) => readFileSync(join(ROOT, 'src/styles', name), 'utf8');
const SITE = stylesheetPalette(css('global.css'), css('charts.css'));

/** A firm's colours that read well: a wine red and an amber. */
const WINE: ThemeColors = { light: { primary: '#7a1f2b', accent: '#a05a00' }, dark: { primary: '#f2a7b1', accent: '#f0b45a' } };

describe('the stylesheet’s palette', () => {
	test('has every token in both themes, as the stylesheets write them', () => {
		for (const theme of THEMES) for (const token of PALETTE_TOKENS) expect(SITE[theme][token], `${theme} ${token}`).toMatch(/^#[0-9a-f]{3,8}$/i);
		expect(css('global.css')).toContain(`--accent: light-dark(${SITE.light.accent}, ${SITE.dark.accent})`);
		expect(css('charts.css')).toContain(`--chart-bar: light-dark(${SITE.light['chart-bar']}, ${SITE.dark['chart-bar']})`);
	});

	test('a token no stylesheet has fails, naming it', () => {
		expect(() => stylesheetPalette(':root { --bg: light-dark(#fff, #000); }')).toThrow('--surface');
	});

	test('passes its own contrast rules in both themes', () => {
		expect(contrastProblems(SITE)).toEqual([]);
	});

	test('is what the site uses when the configuration names no colours', () => {
		expect(brandPalette(SITE, undefined)).toBe(SITE);
	});

	test('the configured colours, if any, pass too (the build would fail otherwise)', () => {
		expect(formatContrastProblems(contrastProblems(brandPalette(SITE, siteConfig.look?.colors)))).toBe('');
	});
});

describe('brand colours', () => {
	const palette = brandPalette(SITE, WINE);

	test('replace the primary and accent tokens and keep the backgrounds and text', () => {
		for (const theme of THEMES) {
			expect(palette[theme].accent).toBe(WINE[theme].primary);
			expect(palette[theme]['chart-bar']).toBe(WINE[theme].accent);
			for (const token of ['bg', 'surface', 'text'] as const) expect(palette[theme][token]).toBe(SITE[theme][token]);
		}
	});

	test('buttons take whichever of the site’s button texts reads better on the primary colour', () => {
		expect(palette.light['accent-text']).toBe(SITE.light['accent-text']);
		expect(palette.dark['accent-text']).toBe(SITE.dark['accent-text']);
		const pale = brandPalette(SITE, { ...WINE, light: { primary: '#ffd966', accent: WINE.light.accent } });
		expect(pale.light['accent-text']).toBe(SITE.dark['accent-text']);
	});

	test('the soft tint lies between the background and the primary colour, much nearer the background', () => {
		for (const theme of THEMES) {
			const soft = palette[theme]['accent-soft'];
			expect(wcagContrast(soft, palette[theme].bg)).toBeLessThan(1.6);
			expect(wcagContrast(soft, palette[theme].accent)).toBeGreaterThan(4.5);
		}
	});

	test('any CSS colour is accepted and written as hex', () => {
		expect(toHex('rebeccapurple')).toBe('#663399');
		expect(toHex('rgb(122 31 43)')).toBe('#7a1f2b');
		expect(toHex('not a colour')).toBeUndefined();
		expect(brandPalette(SITE, { ...WINE, light: { primary: 'rgb(122 31 43)', accent: WINE.light.accent } }).light.accent).toBe('#7a1f2b');
	});

	test('become one :root rule per stylesheet, in the form the stylesheets use', () => {
		expect(paletteRule(palette, SITE_TOKENS)).toBe(
			`:root{--accent:light-dark(#7a1f2b,#f2a7b1);--accent-text:light-dark(${palette.light['accent-text']},${palette.dark['accent-text']});--accent-soft:light-dark(${palette.light['accent-soft']},${palette.dark['accent-soft']})}`,
		);
		expect(paletteRule(palette, CHART_TOKENS)).toMatch(/^:root\{--chart-bar:light-dark\(#a05a00,#f0b45a\);--chart-bar-border:light-dark\(#[0-9a-f]{6},#[0-9a-f]{6}\)\}$/);
	});
});

describe('contrast', () => {
	test('a light primary colour on the light theme fails, naming the field, the pair, the ratio and the minimum', () => {
		const problems = contrastProblems(brandPalette(SITE, { ...WINE, light: { primary: '#f4a6b0', accent: WINE.light.accent } }));
		expect(problems.map((p) => `${p.field} --${p.foreground.token}/--${p.background.token}`)).toEqual([
			'look.colors.light.primary --accent/--bg',
			'look.colors.light.primary --accent/--surface',
			'look.colors.light.primary --accent/--accent-soft',
		]);
		const [first] = problems;
		expect(first?.ratio).toBe(Math.floor(wcagContrast('#f4a6b0', SITE.light.bg) * 100) / 100);
		expect(formatContrastProblems(problems).split('\n')[0]).toBe(
			`  - src/site.config.ts: look.colors.light.primary (light theme): --accent #f4a6b0 on --bg ${SITE.light.bg} has a contrast of ${first?.ratio.toFixed(2)}:1, WCAG AA needs 4.5:1 (links and outlined buttons on the page)`,
		);
	});

	test('a dark accent on the dark theme fails as a graphic (3:1), not as text', () => {
		const problems = contrastProblems(brandPalette(SITE, { ...WINE, dark: { primary: WINE.dark.primary, accent: '#3a2a12' } }));
		expect(problems).toEqual([expect.objectContaining({ theme: 'dark', field: 'look.colors.dark.accent', minimum: 3, where: 'the statistics chart’s bars' })]);
	});

	test('a ratio just under the minimum is never rounded up to pass', () => {
		// #767676 on white is 4.54:1, #777777 4.48:1.
		const grey = (primary: string) => contrastProblems(brandPalette({ ...SITE, light: { ...SITE.light, bg: '#ffffff', surface: '#ffffff' } }, { ...WINE, light: { primary, accent: WINE.light.accent } }));
		expect(grey('#767676').filter((p) => p.background.token === 'bg')).toEqual([]);
		expect(grey('#777777').find((p) => p.background.token === 'bg')?.ratio).toBe(4.47);
	});

	test('every rule names a token of the palette and a WCAG minimum', () => {
		for (const rule of CONTRAST_RULES) {
			expect(PALETTE_TOKENS).toContain(rule.foreground);
			expect(PALETTE_TOKENS).toContain(rule.background);
			expect([3, 4.5]).toContain(rule.minimum);
		}
	});
});
