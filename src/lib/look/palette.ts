// The site's colours in both themes: the stylesheet's own palette (src/styles/global.css and charts.css, written as
// `--token: light-dark(<light>, <dark>)`), or the firm's brand colours from src/site.config.ts with the shades derived
// from them; whether every brand colour can be read against the background it is painted on (WCAG AA); and the CSS
// that puts the brand colours in place of the stylesheet's.
import { formatHex, interpolate, parse, wcagContrast } from 'culori';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The two brand colours of one theme. */
export interface BrandColors {
	/** Links, buttons, the header's mark and search button, the calculator's choices, the social cards' bar and label. */
	primary: string;
	/** The statistics chart's bars. */
	accent: string;
}
export type ThemeColors = Readonly<Record<Theme, BrandColors>>;

/** The stylesheet's tokens the brand colours replace or are read against. */
export const PALETTE_TOKENS = ['bg', 'surface', 'text', 'accent', 'accent-text', 'accent-soft', 'chart-bar', 'chart-bar-border'] as const;
export type PaletteToken = (typeof PALETTE_TOKENS)[number];
export type Palette = Readonly<Record<Theme, Readonly<Record<PaletteToken, string>>>>;

/** A colour as `#rrggbb`, or undefined when it is none CSS knows. */
export function toHex(color: string): string | undefined {
	const parsed = parse(color);
	return parsed ? formatHex(parsed) : undefined;
}

/** A token's light and dark colour from `--token: light-dark(#…, #…)` in the first stylesheet that has it. */
export function lightDarkColors(stylesheets: readonly string[], token: string): Record<Theme, string> | undefined {
	const pattern = new RegExp(`--${token}:\\s*light-dark\\(\\s*(#[0-9a-fA-F]{3,8})\\s*,\\s*(#[0-9a-fA-F]{3,8})\\s*\\)`);
	const match = stylesheets.map((css) => pattern.exec(css)).find((m) => m !== null);
	return match?.[1] && match[2] ? { light: match[1], dark: match[2] } : undefined;
}

/**
 * The palette as the stylesheets write it: each token's light and dark value from `--token: light-dark(#…, #…)`.
 * Throws naming a token none of them has.
 */
export function stylesheetPalette(...stylesheets: readonly string[]): Palette {
	const light: Partial<Record<PaletteToken, string>> = {};
	const dark: Partial<Record<PaletteToken, string>> = {};
	for (const token of PALETTE_TOKENS) {
		const colors = lightDarkColors(stylesheets, token);
		if (!colors) throw new Error(`the stylesheets have no colour --${token}: light-dark(…, …)`);
		light[token] = colors.light;
		dark[token] = colors.dark;
	}
	return { light, dark } as Palette;
}

/** `share` of `color` over `base`, as `#rrggbb`. */
function mix(base: string, color: string, share: number): string {
	return formatHex(interpolate([base, color], 'rgb')(share));
}

/** How much of the primary colour tints the soft backgrounds (the call to action, highlighted choices) per theme. */
const SOFT_SHARE: Readonly<Record<Theme, number>> = { light: 0.1, dark: 0.2 };
/** How far a bar's outline moves from its fill towards the theme's text colour. */
const OUTLINE_SHARE = 0.3;

/**
 * The palette with the firm's colours in place of the stylesheet's (`base`): primary and accent as given, the text on
 * primary buttons whichever of the site's two button texts reads better on it, the soft tint and the bars' outline
 * derived. Without brand colours, the stylesheet's palette unchanged.
 */
export function brandPalette(base: Palette, colors: ThemeColors | undefined): Palette {
	if (!colors) return base;
	const buttonTexts = [base.light['accent-text'], base.dark['accent-text']];
	const themed = (theme: Theme) => {
		const primary = toHex(colors[theme].primary) ?? colors[theme].primary;
		const accent = toHex(colors[theme].accent) ?? colors[theme].accent;
		const accentText = buttonTexts.reduce((best, text) => (wcagContrast(text, primary) > wcagContrast(best, primary) ? text : best));
		return {
			...base[theme],
			accent: primary,
			'accent-text': accentText,
			'accent-soft': mix(base[theme].bg, primary, SOFT_SHARE[theme]),
			'chart-bar': accent,
			'chart-bar-border': mix(accent, base[theme].text, OUTLINE_SHARE),
		};
	};
	return { light: themed('light'), dark: themed('dark') };
}

/** A pair of colours that must stay readable: what is painted, on what, and the least contrast WCAG AA asks. */
interface ContrastRule {
	/** The configured colour (`primary`, `accent`) the pair depends on. */
	brand: keyof BrandColors;
	foreground: PaletteToken;
	background: PaletteToken;
	/** 4.5 for text (WCAG 1.4.3), 3 for graphics such as chart bars (1.4.11). */
	minimum: number;
	/** Where the pair is seen, in a few words. */
	where: string;
}

export const CONTRAST_RULES: readonly ContrastRule[] = [
	{ brand: 'primary', foreground: 'accent', background: 'bg', minimum: 4.5, where: 'links and outlined buttons on the page' },
	{ brand: 'primary', foreground: 'accent', background: 'surface', minimum: 4.5, where: 'links in the header, footer and cards' },
	{ brand: 'primary', foreground: 'accent', background: 'accent-soft', minimum: 4.5, where: 'links and labels on tinted boxes and the social cards' },
	{ brand: 'primary', foreground: 'accent-text', background: 'accent', minimum: 4.5, where: 'the text of filled buttons' },
	{ brand: 'accent', foreground: 'chart-bar', background: 'bg', minimum: 3, where: 'the statistics chart’s bars' },
];

/** A pair that misses its minimum. */
export interface ContrastProblem {
	theme: Theme;
	/** The configured colour it depends on, as a field path (`look.colors.dark.primary`). */
	field: string;
	foreground: { token: PaletteToken; color: string };
	background: { token: PaletteToken; color: string };
	/** The contrast ratio, rounded down to two decimals (so 4.499 never shows as 4.5). */
	ratio: number;
	minimum: number;
	where: string;
}

/** Every pair of the palette that misses WCAG AA, in either theme. */
export function contrastProblems(palette: Palette): ContrastProblem[] {
	return THEMES.flatMap((theme) =>
		CONTRAST_RULES.flatMap((rule) => {
			const foreground = palette[theme][rule.foreground];
			const background = palette[theme][rule.background];
			const ratio = wcagContrast(foreground, background);
			if (ratio >= rule.minimum) return [];
			return [
				{
					theme,
					field: `look.colors.${theme}.${rule.brand}`,
					foreground: { token: rule.foreground, color: foreground },
					background: { token: rule.background, color: background },
					ratio: Math.floor(ratio * 100) / 100,
					minimum: rule.minimum,
					where: rule.where,
				},
			];
		}),
	);
}

/** The problems as a report, one line each: the field, the pair with its colours, the ratio and the minimum. */
export function formatContrastProblems(problems: readonly ContrastProblem[], file = 'src/site.config.ts'): string {
	return problems
		.map(
			(p) =>
				`  - ${file}: ${p.field} (${p.theme} theme): --${p.foreground.token} ${p.foreground.color} on --${p.background.token} ${p.background.color} has a contrast of ${p.ratio.toFixed(2)}:1, WCAG AA needs ${p.minimum}:1 (${p.where})`,
		)
		.join('\n');
}

/** Declarations setting `tokens` to the palette's values in both themes, as the stylesheet writes them. */
function declarations(palette: Palette, tokens: readonly PaletteToken[]): string {
	return tokens.map((token) => `--${token}:light-dark(${palette.light[token]},${palette.dark[token]})`).join(';');
}

/** The tokens global.css defines that the brand colours replace, and those charts.css defines. */
export const SITE_TOKENS = ['accent', 'accent-text', 'accent-soft'] as const satisfies readonly PaletteToken[];
export const CHART_TOKENS = ['chart-bar', 'chart-bar-border'] as const satisfies readonly PaletteToken[];

/** A `:root` rule giving `tokens` the palette's values (appended to the stylesheet that defines them, so it wins). */
export function paletteRule(palette: Palette, tokens: readonly PaletteToken[]): string {
	return `:root{${declarations(palette, tokens)}}`;
}
