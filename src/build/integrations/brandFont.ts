// The firm's typeface (`look.font` in src/site.config.ts, or in the file SITE_CONFIG names), served from the site
// through Astro's Fonts API (src/build/look/brandFont.ts); BaseHead.astro renders its <Font>. Without one it does
// nothing: no font file, no @font-face, the pages byte for byte what they were.
import type { AstroIntegration } from 'astro';
import { brandFontFamilies, brandFontStyles } from '../look/brandFont.ts';
import { loadSiteConfig } from '../siteConfigSource.ts';

export function brandFont(): AstroIntegration {
	return {
		name: 'brand-font',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				const font = loadSiteConfig().config.look?.font;
				if (font) updateConfig({ fonts: brandFontFamilies(font), vite: { plugins: [brandFontStyles()] } });
			},
		},
	};
}
