// Before anything is built: the site configuration against its schema (a failed build naming each field), and, when
// SITE_CONFIG names another file, that file in place of src/site.config.ts everywhere, with its origin as `site`.
// See src/build/siteConfigSource.ts.
import type { AstroIntegration } from 'astro';
import { loadSiteConfig, swapSiteConfig } from '../siteConfigSource.ts';

export function siteConfigSource(): AstroIntegration {
	return {
		name: 'site-config-source',
		hooks: {
			'astro:config:setup': ({ updateConfig, logger }) => {
				const source = loadSiteConfig();
				if (!source.override) return;
				logger.info(`building with ${source.path} (SITE_CONFIG) at ${source.site}`);
				updateConfig({ site: source.site, vite: { plugins: [swapSiteConfig(source.path)] } });
			},
		},
	};
}
