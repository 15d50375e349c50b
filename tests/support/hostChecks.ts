// One set of expectations for every real server (tests/dist/nginx.test.ts, apache.test.ts, caddy.test.ts), taken from
// the rules as declared (dist/_headers and dist/_redirects, read by src/lib/hosting/hostRules.ts) and the built files:
// every declared header on pages, assets and 404s, the cache rules, each folder's 404 page with status 404, the
// trailing-slash redirects and the declared ones, compression, and no dot files; and, on the built site extended with a
// declared 301 and 302 and a /.well-known/ file, those too.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeHostFiles } from '../../src/build/integrations/hostConfigs';
import { headersFor, notFoundPage, parseHeaders, parseRedirects, type HostRules, type RedirectRule } from '../../src/lib/hosting/hostRules';
import { DIST, distFiles, readDist } from './dist';
import type { Served, Site } from './servers';

const rules: HostRules = { headers: parseHeaders(readDist('_headers')), redirects: parseRedirects(readDist('_redirects')) };
/** `/dir/*` → `/dir/`. */
const prefixOf = (pattern: string) => pattern.slice(0, -1);
const files = distFiles();
/** The site's pages as paths (`/`, `/guides/`). */
const pages = files.filter((file) => file === 'index.html' || file.endsWith('/index.html')).map((file) => `/${file.slice(0, -'index.html'.length)}`);
/** The folders with a 404 page of their own (`/bg/`, from `/bg/* /bg/404.html 404`). */
const fallbacks = rules.redirects.filter((rule) => rule.status === 404).map((rule) => prefixOf(rule.from));
/** Folders with header rules of their own (`/_astro/`), each with the first file the build put there. */
const folderRules = rules.headers
	.filter((rule) => rule.pattern !== '/*')
	.map((rule) => ({ folder: prefixOf(rule.pattern), file: files.find((file) => `/${file}`.startsWith(prefixOf(rule.pattern))) }));
const everywhere = headersFor(rules, '/');

/**
 * Pages checked: the home page, the first page of each folder with its own 404 page (`/bg/`), and a page one folder
 * down outside them (`/guides/`); without their slash, the last two are the redirects checked.
 */
const outside = (path: string) => !fallbacks.some((folder) => path.startsWith(folder));
const nested = [...fallbacks.map((folder) => pages.find((page) => page !== folder && page.startsWith(folder))), pages.find((page) => page !== '/' && outside(page))];
const checkedPages = ['/', ...fallbacks.filter((folder) => pages.includes(folder)), ...nested.filter((page) => page !== undefined)];

/** Unknown paths: under each folder with its own 404 page (one and two levels down), elsewhere, and under asset folders. */
const misses = [
	...fallbacks.flatMap((folder) => [`${folder}no-such-page/`, `${folder}guides/no-such-guide/`]),
	'/no-such-page/',
	...folderRules.map(({ folder }) => `${folder}no-such-file.js`),
];

function expectHeaders(response: Response, what: string, expected: ReadonlyArray<readonly [string, string]>) {
	for (const [name, value] of expected) expect(response.headers.get(name), `${what}: ${name}`).toBe(value);
	// The header policy adds what a page's <meta> policy cannot: frame-ancestors (tests/dist/headers.test.ts).
	expect(response.headers.get('content-security-policy'), what).toContain('frame-ancestors');
}

/**
 * The built site with what its own rules may not have yet: a declared 301 and 302 redirect, and a file under
 * /.well-known/ (certificate checks, security.txt). Its folder links to dist/'s files (dist/ itself is never written);
 * its host files are written as the build writes them.
 */
function extendedSite(): { site: Site; redirects: RedirectRule[]; wellKnown: string; remove(): void } {
	const folder = mkdtempSync(join(tmpdir(), 'extended-site-'));
	// Apache started as root serves as www-data: the folders must be open to it.
	chmodSync(folder, 0o755);
	const root = join(folder, 'site');
	mkdirSync(join(root, '.well-known'), { recursive: true });
	for (const entry of readdirSync(DIST)) if (entry !== '.htaccess') symlinkSync(join(DIST, entry), join(root, entry));
	const wellKnown = 'Contact: https://example.invalid/\n';
	writeFileSync(join(root, '.well-known', 'security.txt'), wellKnown);
	const redirects = [
		{ from: '/moved-page/', to: checkedPages.at(-1) ?? '/', status: 301 },
		{ from: '/for-a-while', to: '/', status: 302 },
	];
	writeHostFiles({ headers: rules.headers, redirects: [...rules.redirects, ...redirects] }, pathToFileURL(`${root}/`));
	return { site: { root, hosting: join(folder, 'hosting') }, redirects, wellKnown, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** The tests every server must pass, against the server `start` runs (on the built site, or on the one given). */
export function hostChecks(name: string, start: (site?: Site) => Promise<Served>): void {
	describe(`${name}, with declared redirects and a /.well-known/ file`, () => {
		let extended: ReturnType<typeof extendedSite> | undefined;
		let served: Served | undefined;
		beforeAll(async () => {
			extended = extendedSite();
			served = await start(extended.site);
		});
		afterAll(async () => {
			await served?.stop();
			extended?.remove();
		});
		const get = (path: string) => fetch(`${served?.origin ?? ''}${path}`, { redirect: 'manual' });

		test('a declared redirect answers with its status and target, and every header', async () => {
			for (const { from, to, status } of extended?.redirects ?? []) {
				const response = await get(from);
				expect(response.status, from).toBe(status);
				expect(new URL(response.headers.get('location') ?? '', response.url).href, from).toBe(new URL(to, response.url).href);
				expectHeaders(response, from, everywhere);
			}
		});

		test('files under /.well-known/ are served, other dot files are not', async () => {
			const response = await get('/.well-known/security.txt');
			expect(response.status).toBe(200);
			expect(await response.text()).toBe(extended?.wellKnown);
			for (const path of ['/.htaccess', `${fallbacks[0] ?? '/'}.hidden`]) expect((await get(path)).status, path).toBe(404);
		});
	});

	describe(name, () => {
		let served: Served | undefined;
		beforeAll(async () => {
			served = await start();
		});
		afterAll(async () => served?.stop());
		const get = (path: string, init: RequestInit = {}) => fetch(`${served?.origin ?? ''}${path}`, { redirect: 'manual', ...init });

		test('the rules and the built site give every check something to check', () => {
			expect(everywhere.length).toBeGreaterThan(5);
			expect(checkedPages.length).toBeGreaterThanOrEqual(2 + fallbacks.length);
			for (const { folder, file } of folderRules) expect(file, `a file under ${folder}`).toBeDefined();
		});

		test('pages come with every header declared for them, as UTF-8 HTML, without a long cache', async () => {
			for (const path of checkedPages) {
				const response = await get(path);
				expect(response.status, path).toBe(200);
				expectHeaders(response, path, headersFor(rules, path));
				expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
				expect(response.headers.get('cache-control') ?? '', path).not.toContain('immutable');
				expect(await response.text(), path).toBe(readDist(`${path.slice(1)}index.html`));
			}
		});

		test('files under folders with rules of their own (hashed assets) get those too: the year-long cache', async () => {
			for (const { file = '' } of folderRules) {
				const response = await get(`/${file}`);
				expect(response.status, file).toBe(200);
				expectHeaders(response, file, headersFor(rules, `/${file}`));
				await response.arrayBuffer();
			}
		});

		test('scripts, images and feeds are sent with their types (with nosniff, a module script of another type is refused)', async () => {
			// The build inlines its styles: no stylesheet file to check.
			for (const [extension, type] of [['.js', /^(text|application)\/javascript\b/], ['.svg', /^image\/svg\+xml\b/], ['.xml', /^(text|application)\/(rss\+)?xml\b/]] as const) {
				const file = files.find((name) => name.endsWith(extension));
				expect(file, extension).toBeDefined();
				const response = await get(`/${file ?? ''}`);
				expect(response.headers.get('content-type'), file).toMatch(type);
				expectHeaders(response, file ?? '', headersFor(rules, `/${file ?? ''}`));
				await response.arrayBuffer();
			}
		});

		test('unknown paths get the 404 page of their folder (the Bulgarian one under /bg/), status 404, never cached for good', async () => {
			for (const path of misses) {
				const response = await get(path);
				expect(response.status, path).toBe(404);
				expect(await response.text(), path).toBe(readDist(notFoundPage(rules, path).slice(1)));
				expectHeaders(response, path, everywhere);
				expect(response.headers.get('cache-control') ?? '', path).not.toContain('immutable');
			}
		});

		test('a page without its trailing slash is redirected to it (301, campaign parameters kept), and so is every declared redirect', async () => {
			const query = '?utm_source=test&utm_campaign=a%20b';
			const redirects = [
				...checkedPages.filter((path) => path !== '/').flatMap((path) => [
					{ from: path.slice(0, -1), to: path, status: 301 },
					{ from: `${path.slice(0, -1)}${query}`, to: `${path}${query}`, status: 301 },
				]),
				...rules.redirects.filter((rule) => rule.status !== 404),
			];
			for (const { from, to, status } of redirects) {
				const response = await get(from);
				expect(response.status, from).toBe(status);
				// Relative or absolute, it must lead to the same server.
				expect(new URL(response.headers.get('location') ?? '', response.url).href, from).toBe(new URL(to, response.url).href);
				expectHeaders(response, from, everywhere);
			}
		});

		test('text is sent compressed to clients that accept it, and dot files are not served (the 404 page instead)', async () => {
			const page = await get('/', { headers: { 'accept-encoding': 'gzip' } });
			expect(page.headers.get('content-encoding')).toBe('gzip');
			await page.arrayBuffer();
			// dist/.htaccess is Apache's configuration, not a page: a miss like any other.
			const response = await get('/.htaccess');
			expect(response.status).toBe(404);
			expect(await response.text()).toBe(readDist(notFoundPage(rules, '/.htaccess').slice(1)));
			expectHeaders(response, '/.htaccess', everywhere);
		});
	});
}
