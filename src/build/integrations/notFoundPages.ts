// Astro writes a 404 page outside the root as `<dir>/404/index.html`; static hosts that serve the nearest 404 page
// (Cloudflare Pages, for one) look for `<dir>/404.html`. Move each localised 404 page there after the build.
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function notFoundPages(locales: readonly string[]): AstroIntegration {
	return {
		name: 'not-found-pages',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				for (const locale of locales) {
					const built = join(out, locale, '404', 'index.html');
					if (!existsSync(built)) continue;
					renameSync(built, join(out, locale, '404.html'));
					rmdirSync(join(out, locale, '404'));
					logger.info(`${locale}/404.html`);
				}
			},
		},
	};
}
