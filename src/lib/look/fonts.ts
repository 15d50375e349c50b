// The typefaces a firm may choose for its site (`look.font` in src/site.config.ts): each self-hosted from its Fontsource
// package on npm, with Latin and Cyrillic. Left out, the site keeps the reader's own interface font and downloads none.
import type { Locale } from '../i18n/locales';

/** A typeface the site can serve, from its Fontsource package. */
export interface FontChoice {
	/** The family name, as the font files and the CSS know it. */
	family: string;
	/** The npm package holding its files (`files/<package name>-<subset>-<weight>-<style>.woff2`) and `unicode.json`. */
	package: `@fontsource/${string}`;
}

/** The short list, by the id `look.font` takes: well-made sans-serif families with a full Cyrillic for Bulgarian. */
export const FONTS = {
	'noto-sans': { family: 'Noto Sans', package: '@fontsource/noto-sans' },
	'ibm-plex-sans': { family: 'IBM Plex Sans', package: '@fontsource/ibm-plex-sans' },
	'source-sans-3': { family: 'Source Sans 3', package: '@fontsource/source-sans-3' },
	'pt-sans': { family: 'PT Sans', package: '@fontsource/pt-sans' },
	inter: { family: 'Inter', package: '@fontsource/inter' },
} as const satisfies Record<string, FontChoice>;

export type FontId = keyof typeof FONTS;
export const FONT_IDS = Object.keys(FONTS) as [FontId, ...FontId[]];

/** The CSS custom property Astro's `<Font>` gives the chosen family's stack in; global.css then takes it for `--font-sans`. */
export const BRAND_FONT_VARIABLE = '--font-brand';

/** The scripts the pages show: English pages need Latin only, Bulgarian pages Cyrillic and Latin (digits, names). */
export const FONT_SUBSETS = ['latin', 'cyrillic'] as const;
export type FontSubset = (typeof FONT_SUBSETS)[number];

/**
 * The faces the site's CSS asks for: regular and bold (its 600 takes the bold face), and the regular italic of the
 * guides' emphasis, source notes and clause labels. Bold italic is rare enough to be drawn by the browser.
 */
export const FONT_FACES = [
	{ weight: 400, style: 'normal' },
	{ weight: 700, style: 'normal' },
	{ weight: 400, style: 'italic' },
] as const;
export type FontFace = (typeof FONT_FACES)[number];

/** The file of one face of a subset in the package (`files/ibm-plex-sans-cyrillic-700-normal.woff2`). */
export function fontFilePath(choice: FontChoice, subset: FontSubset, face: FontFace, format: 'woff' | 'woff2'): string {
	const name = choice.package.slice('@fontsource/'.length);
	return `${choice.package}/files/${name}-${subset}-${face.weight}-${face.style}.${format}`;
}

/** A subset's characters as `unicode-range` values, from the package's `unicode.json`; fails naming a missing subset. */
export function subsetRange(choice: FontChoice, unicodeJson: string, subset: FontSubset): [string, ...string[]] {
	const ranges = JSON.parse(unicodeJson) as Record<string, unknown>;
	const range = ranges[subset];
	if (typeof range !== 'string' || range.trim() === '') throw new Error(`${choice.package}/unicode.json has no ${subset} subset`);
	const [first, ...rest] = range.split(',').map((part) => part.trim());
	return [first ?? '', ...rest];
}

/** One `@font-face` the site declares: a woff2 file for one subset and face. */
export interface FontVariant {
	subset: FontSubset;
	weight: FontFace['weight'];
	style: FontFace['style'];
	/** The file as a package import (`@fontsource/inter/files/inter-latin-400-normal.woff2`). */
	src: string;
	unicodeRange: [string, ...string[]];
}

/** Every `@font-face` of the chosen typeface: each subset in each face, woff2 only, each limited to its subset's characters. */
export function fontVariants(choice: FontChoice, unicodeJson: string): FontVariant[] {
	return FONT_SUBSETS.flatMap((subset) => {
		const unicodeRange = subsetRange(choice, unicodeJson, subset);
		return FONT_FACES.map((face) => ({ subset, weight: face.weight, style: face.style, src: fontFilePath(choice, subset, face, 'woff2'), unicodeRange }));
	});
}

/** The script of each language's text: its regular face is the one file a page of that language preloads. */
export const LOCALE_SUBSET = { en: 'latin', bg: 'cyrillic' } as const satisfies Record<Locale, FontSubset>;

/** A face as Astro's `fontData` lists it: in the order of fontVariants (each subset's faces, subsets in order). */
export interface ServedFace {
	weight?: string | undefined;
	style?: string | undefined;
	src: readonly { url: string }[];
}

/**
 * The URL of the regular (400, upright) face of `subset` among the faces Astro serves, which carry no subset of their
 * own: the n-th regular face is the n-th subset's. Undefined when there is no such face.
 */
export function regularFaceUrl(served: readonly ServedFace[], subset: FontSubset): string | undefined {
	const regular = served.filter((face) => face.weight === '400' && face.style === 'normal');
	if (regular.length !== FONT_SUBSETS.length) return undefined;
	return regular[FONT_SUBSETS.indexOf(subset)]?.src[0]?.url;
}

/** The social cards' family: the chosen typeface, or Noto Sans when the site keeps the system font. */
export function cardFont(id: FontId | undefined): FontChoice {
	return FONTS[id ?? 'noto-sans'];
}
