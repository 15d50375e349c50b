// After the build: the headers, cache rules and redirects declared once in public/_headers and public/_redirects
// (copied to dist/ for Netlify and Cloudflare Pages) written for the other hosts (src/lib/hosting/hostRules.ts):
// dist/.htaccess for Apache, and next to dist/ (not served), hosting/nginx.conf, a complete nginx configuration, and
// hosting/Caddyfile. A rule none of them can carry fails the build, naming its file and line.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { caddyfile, htaccess, nginxConf, parseHeaders, parseRedirects, type HostRules } from '../../lib/hosting/hostRules.ts';

/** Where the site's folder is expected on a server; the generated files name it (README, Deploy). */
export const SERVER_ROOT = '/var/www/site';

/** Writes `rules` for Apache into the site's folder `dir` (.htaccess), and for nginx and Caddy into ../hosting/. */
export function writeHostFiles(rules: HostRules, dir: URL): void {
	writeFileSync(new URL('.htaccess', dir), htaccess(rules));
	const hosting = new URL('../hosting/', dir);
	mkdirSync(hosting, { recursive: true });
	writeFileSync(new URL('nginx.conf', hosting), nginxConf(rules, { root: SERVER_ROOT, listen: '80' }));
	writeFileSync(new URL('Caddyfile', hosting), caddyfile(rules, { root: SERVER_ROOT }));
}

export function hostConfigs(): AstroIntegration {
	return {
		name: 'host-configs',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const rules = { headers: parseHeaders(readFileSync(new URL('_headers', dir), 'utf8')), redirects: parseRedirects(readFileSync(new URL('_redirects', dir), 'utf8')) };
				writeHostFiles(rules, dir);
				logger.info(`${rules.headers.length} header and ${rules.redirects.length} redirect rule(s) written for Apache (dist/.htaccess), nginx and Caddy (hosting/)`);
			},
		},
	};
}
