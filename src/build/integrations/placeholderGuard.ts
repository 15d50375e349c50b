// Refuses to build a deployment while a placeholder remains (the example origin, e-mail, phone, name, address, a missing
// logo file, TODO text…): with DEPLOY=1 the build fails, naming each one and its file; a normal build only warns, so
// `npm start` keeps working.
import { existsSync } from 'node:fs';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { findPlaceholders, formatPlaceholders } from '../checks/placeholders.ts';
import type { SiteConfig } from '../../site.config.ts';
import { loadSiteConfig } from '../siteConfigSource.ts';

export interface PlaceholderGuardOptions {
	/** Fail instead of warning. Default: the `DEPLOY` environment variable is `1`, read when the build starts. */
	deploy?: boolean;
	/** The configuration to check. */
	config: Pick<SiteConfig, 'firm' | 'contact'> & Partial<SiteConfig>;
	/** The folder of the site's public files (the firm's logo must be one). Default: the project's `public/`. */
	publicDir?: URL;
	/** The file the configuration and the origin came from when SITE_CONFIG names one: the file every report names. */
	configFile?: string | undefined;
}

/** The hook's work: warn through `logger`, or throw when deploying. Exported for tests. */
export function checkPlaceholders(site: string | URL | undefined, logger: Pick<AstroIntegrationLogger, 'warn'>, options: PlaceholderGuardOptions): void {
	const deploy = options.deploy ?? process.env['DEPLOY'] === '1';
	const publicDir = options.publicDir ?? new URL('../../../public/', import.meta.url);
	const found = findPlaceholders(site, options.config, (sitePath) => existsSync(new URL(`.${sitePath}`, publicDir)));
	const { configFile } = options;
	const placeholders = configFile === undefined ? found : found.map((p) => ({ ...p, file: configFile }));
	if (placeholders.length === 0) return;
	const list = formatPlaceholders(placeholders);
	if (deploy) {
		throw new Error(
			`DEPLOY=1: ${placeholders.length} placeholder(s) must be replaced before deploying (edit the file named on each line):\n${list}`,
		);
	}
	logger.warn(`${placeholders.length} placeholder(s) left; fine for a preview, but \`DEPLOY=1 npm run build\` refuses them:\n${list}`);
}

/** The guard; the configuration it checks is the one the build uses (src/site.config.ts, or the file SITE_CONFIG names). */
export function placeholderGuard(options: Partial<PlaceholderGuardOptions> = {}): AstroIntegration {
	return {
		name: 'placeholder-guard',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				// The dev server and `astro preview` serve whatever is there; only builds are deployed.
				if (command !== 'build') return;
				const source = loadSiteConfig();
				checkPlaceholders(config.site, logger, { publicDir: config.publicDir, config: source.config, configFile: source.override ? source.file : undefined, ...options });
			},
		},
	};
}
