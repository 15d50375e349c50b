// Astro writes a 404 page outside the root as `<dir>/404/index.html`; static hosts that serve the nearest 404 page
// (Cloudflare Pages, for one) look for `<dir>/404.html`. Move each localised 404 page there after the build: one per
// locale of Astro's i18n config (src/pages/[...lang]/404.astro builds them), the default locale's already at /404.html.
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function notFoundPages(): AstroIntegration {
	let folders: string[] = [];
	return {
		name: 'not-found-pages',
		hooks: {
			'astro:config:done': ({ config }) => {
				const i18n = config.i18n;
				if (!i18n) return;
				// Locales given as `{ path, codes }` publish under their path.
				const paths = i18n.locales.map((locale) => (typeof locale === 'string' ? locale : locale.path));
				folders = ['', ...paths.filter((path) => path !== i18n.defaultLocale)];
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				for (const folder of folders) {
					const built = join(out, folder, '404', 'index.html');
					if (!existsSync(built)) continue;
					renameSync(built, join(out, folder, '404.html'));
					rmdirSync(join(out, folder, '404'));
					logger.info(join(folder, '404.html'));
				}
			},
		},
	};
}
