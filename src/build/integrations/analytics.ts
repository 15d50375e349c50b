// Analytics, only when the site configuration sets it: the glue that reports the marketing team's events
// (src/components/analytics/analyticsEvents.ts) joins every page as a bundled module script. Unset, nothing is added,
// so the build is byte for byte what it is without this integration (tests/build/analytics.test.ts).
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadSiteConfig } from '../siteConfigSource.ts';

const GLUE = fileURLToPath(new URL('../../components/analytics/analyticsEvents.ts', import.meta.url));

export function analytics(): AstroIntegration {
	return {
		name: 'analytics',
		hooks: {
			'astro:config:setup': ({ injectScript, logger }) => {
				const { config } = loadSiteConfig();
				if (!config.analytics) return;
				logger.info(`${config.analytics.provider} at ${new URL(config.analytics.script).origin}: its script and the events' glue on every page`);
				injectScript('page', `import ${JSON.stringify(GLUE)};`);
			},
		},
	};
}
