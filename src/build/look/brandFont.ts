// The chosen typeface (`look.font` in the site's configuration) as Astro's `fonts` setting, with the local provider over
// its Fontsource package in node_modules (no network): Astro copies the woff2 files into dist/_astro/fonts/ and writes
// the @font-face rules with `font-display: swap` and each subset's `unicode-range` (a page downloads a file only when
// it shows a character of its script), and a fallback face with the typeface's metrics, so the swap barely moves the text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fontProviders } from 'astro/config';
import type { Plugin } from 'vite';
import { BRAND_FONT_VARIABLE, FONTS, fontVariants, type FontId } from '../../lib/look/fonts.ts';

const require = createRequire(import.meta.url);

/** Astro's `fonts` setting for the chosen typeface. */
export function brandFontFamilies(id: FontId) {
	const choice = FONTS[id];
	const unicodeJson = readFileSync(require.resolve(`${choice.package}/unicode.json`), 'utf8');
	const variants = fontVariants(choice, unicodeJson).map(({ src, weight, style, unicodeRange }) => ({
		src: [require.resolve(src)] as [string],
		weight,
		style,
		display: 'swap' as const,
		unicodeRange,
	}));
	const [first, ...rest] = variants;
	if (!first) throw new Error(`${choice.package}: no font files`);
	return [{ provider: fontProviders.local(), name: choice.family, cssVariable: BRAND_FONT_VARIABLE, fallbacks: ['sans-serif'], options: { variants: [first, ...rest] } }];
}

/** Appends `--font-sans: var(--font-brand)` to global.css, after the system stack it replaces. */
export function brandFontStyles(): Plugin {
	return {
		name: 'brand-font-styles',
		enforce: 'pre',
		transform(code, id) {
			return id.endsWith('/src/styles/global.css') ? { code: `${code}\n:root{--font-sans:var(${BRAND_FONT_VARIABLE})}\n`, map: null } : null;
		},
	};
}
