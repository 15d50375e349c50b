// The _headers file static hosts apply to every response, and the same rules written for Apache, nginx and Caddy.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isReservedHost } from '../../src/build/checks/placeholders';
import { SERVER_ROOT } from '../../src/build/integrations/hostConfigs';
import { caddyfile, htaccess, nginxConf, parseHeaders, parseRedirects } from '../../src/lib/hosting/hostRules';
import { DIST, readDist, siteOrigin } from '../support/dist';

/** _headers as path → lower-case header name → value (src/lib/hosting/hostRules.ts reads it for every host). */
const rules = new Map(parseHeaders(readDist('_headers')).map((rule) => [rule.pattern, new Map(rule.headers.map(([name, value]) => [name.toLowerCase(), value]))]));
const all = rules.get('/*') ?? new Map<string, string>();

test('every response gets HSTS, nosniff, a same-origin referrer policy and a locked-down permissions policy', () => {
	expect(all.get('strict-transport-security')).toMatch(/max-age=(\d{8,})/);
	expect(all.get('x-content-type-options')).toBe('nosniff');
	expect(all.get('referrer-policy')).toBe('same-origin');
	for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'browsing-topics']) {
		expect(all.get('permissions-policy')).toContain(`${feature}=()`);
	}
});

test('no page can be framed (clickjacking), in old and new browsers', () => {
	expect(all.get('content-security-policy')).toContain("frame-ancestors 'none'");
	expect(all.get('x-frame-options')).toBe('DENY');
});

test('over https, browsers are asked to upgrade mixed content: by the host headers, not the page (tests/dist/csp.test.ts)', () => {
	// The hosts that read _headers serve https; `astro preview` and other plain-http hosts do not send it, where WebKit
	// would otherwise upgrade the page's own module scripts to https and fail to load them (the engines tier proves the
	// http side in WebKit and Firefox).
	expect(all.get('content-security-policy')?.split(';').map((directive) => directive.trim())).toContain('upgrade-insecure-requests');
});

test('the header policy only adds restrictions: it never allows scripts or styles the page policy would not', () => {
	expect(all.get('content-security-policy')).not.toMatch(/script-src|style-src|default-src|unsafe/);
});

test('hashed assets are cached immutably: bundles, and the search index chunks and fragments (named by content hash)', () => {
	for (const path of ['/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*']) {
		expect(rules.get(path)?.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
	}
	// Fixed names must not be cached for good: a new build would never reach returning readers.
	for (const path of rules.keys()) if (rules.get(path)?.get('cache-control')?.includes('immutable')) expect(path).toMatch(/^\/(_astro|pagefind\/(index|fragment))\/\*$/);
});

test('HSTS lasts at least a year, and is preloaded only for a real https origin, subdomains included (hstspreload.org rules)', () => {
	const hsts = (all.get('strict-transport-security') ?? '').split(';').map((directive) => directive.trim().toLowerCase());
	expect(Number(hsts.find((d) => d.startsWith('max-age='))?.slice('max-age='.length))).toBeGreaterThanOrEqual(31_536_000);
	const origin = new URL(siteOrigin());
	if (!hsts.includes('preload')) return;
	// Preloading is hard to undo: never for a placeholder, test or local origin.
	expect(isReservedHost(origin.hostname), origin.hostname).toBe(false);
	expect(origin.protocol).toBe('https:');
	expect(hsts).toContain('includesubdomains');
});

test('hosts that read _redirects serve the Bulgarian 404 page for unknown Bulgarian paths, without shadowing real pages', () => {
	const text = readDist('_redirects');
	expect(parseRedirects(text)).toContainEqual({ from: '/bg/*', to: '/bg/404.html', status: 404 });
	// A forced rule (`404!`) would answer 404 even where a page exists.
	expect(text).not.toMatch(/\s\d{3}!/);
});

test('Apache, nginx and Caddy get the same rules, written at build time (dist/.htaccess, hosting/nginx.conf, hosting/Caddyfile)', () => {
	const declared = { headers: parseHeaders(readDist('_headers')), redirects: parseRedirects(readDist('_redirects')) };
	const hosting = (file: string) => readFileSync(join(DIST, '..', 'hosting', file), 'utf8');
	expect(readDist('.htaccess')).toBe(htaccess(declared));
	expect(hosting('nginx.conf')).toBe(nginxConf(declared, { root: SERVER_ROOT, listen: '80' }));
	expect(hosting('Caddyfile')).toBe(caddyfile(declared, { root: SERVER_ROOT }));
});
