// Before anything is built: the site configuration against its schema (a failed build naming each field), and, when
// SITE_CONFIG names another file, that file in place of src/site.config.ts everywhere, with its origin as `site`.
// Without a contact form in it, the form's component is left out of the build. See src/build/siteConfigSource.ts.
import type { AstroIntegration } from 'astro';
import { leaveOutContactForm, loadSiteConfig, swapSiteConfig } from '../siteConfigSource.ts';

export function siteConfigSource(): AstroIntegration {
	return {
		name: 'site-config-source',
		hooks: {
			'astro:config:setup': ({ updateConfig, logger }) => {
				const source = loadSiteConfig();
				if (!source.config.contactForm) updateConfig({ vite: { plugins: [leaveOutContactForm()] } });
				if (!source.override) return;
				logger.info(`building with ${source.path} (SITE_CONFIG) at ${source.site}`);
				updateConfig({ site: source.site, vite: { plugins: [swapSiteConfig(source.path)] } });
			},
		},
	};
}
