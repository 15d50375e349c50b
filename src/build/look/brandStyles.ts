// Puts the firm's brand colours (src/site.config.ts `look.colors`) into the site's own stylesheets as Vite reads them:
// a `:root` rule appended to global.css (links, buttons, tinted boxes) and to charts.css (the chart's bars), after the
// declarations it replaces. Without brand colours nothing is appended, so the pages stay byte for byte what they were.
import type { Plugin } from 'vite';
import { CHART_TOKENS, paletteRule, SITE_TOKENS, type Palette } from '../../lib/look/palette.ts';

/** What each stylesheet gets appended, by the end of its path; empty without brand colours. */
export function brandAdditions(palette: Palette | undefined): ReadonlyMap<string, string> {
	if (!palette) return new Map();
	return new Map([
		['/src/styles/global.css', paletteRule(palette, SITE_TOKENS)],
		['/src/styles/charts.css', paletteRule(palette, CHART_TOKENS)],
	]);
}

export function brandStyles(palette: Palette | undefined): Plugin {
	const additions = brandAdditions(palette);
	return {
		name: 'brand-styles',
		enforce: 'pre',
		transform(code, id) {
			for (const [file, css] of additions) if (id.endsWith(file)) return { code: `${code}\n${css}\n`, map: null };
			return null;
		},
	};
}
