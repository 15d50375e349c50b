// The firm's brand colours (`look.colors` in src/site.config.ts, or in the file SITE_CONFIG names): checked against
// the backgrounds they are painted on in both themes (WCAG AA) before anything is built, failing with every pair,
// its colours, its ratio and the minimum; then written over the stylesheets' own (src/build/look/brandStyles.ts).
// Without brand colours it does nothing.
import type { AstroIntegration } from 'astro';
import { contrastProblems, formatContrastProblems } from '../../lib/look/palette.ts';
import { brandStyles } from '../look/brandStyles.ts';
import { sitePalette } from '../look/sitePalette.ts';
import { loadSiteConfig } from '../siteConfigSource.ts';

export function brandColors(): AstroIntegration {
	return {
		name: 'brand-colors',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				const source = loadSiteConfig();
				const colors = source.config.look?.colors;
				if (!colors) return;
				const palette = sitePalette(colors);
				const problems = contrastProblems(palette);
				if (problems.length > 0) throw new Error(`${problems.length} brand colour pair(s) miss WCAG AA contrast:\n${formatContrastProblems(problems, source.file)}`);
				updateConfig({ vite: { plugins: [brandStyles(palette)] } });
			},
		},
	};
}
