// The built site served by Debian's real nginx with the generated configuration (hosting/nginx.conf, written by
// src/build/integrations/hostConfigs.ts from public/_headers and _redirects): every header of _headers on pages, assets
// and 404s, the cache rules, the Bulgarian 404 page, the trailing-slash redirect, compression, no dot files.
// nginx comes from apt (scripts/ensure-nginx.sh, run before this tier); only the port and the folder are changed.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SERVER_ROOT } from '@/build/integrations/hostConfigs';
import { parseHeaders } from '@/lib/hosting/hostRules';
import { DIST, distFiles, readDist } from '../support/dist';

const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
const rules = parseHeaders(readDist('_headers'));
const everywhere = rules.find((rule) => rule.pattern === '/*')?.headers ?? [];

let nginx: ChildProcess | undefined;
let origin = '';
let folder = '';

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

beforeAll(async () => {
	if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: run \`bash scripts/ensure-nginx.sh\` (npm run test:dist does) or set NGINX_PATH`);
	const conf = readFileSync(join(DIST, '..', 'hosting', 'nginx.conf'), 'utf8');
	expect(conf).toContain(`root ${SERVER_ROOT};`);
	const port = await freePort();
	folder = mkdtempSync(join(tmpdir(), 'nginx-'));
	writeFileSync(join(folder, 'nginx.conf'), conf.replace(`root ${SERVER_ROOT};`, `root ${DIST};`).replace(/listen 80;/, `listen 127.0.0.1:${port};`));
	const server = spawn(NGINX, ['-p', folder, '-c', join(folder, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off; master_process off; error_log stderr error;'], { stdio: ['ignore', 'ignore', 'pipe'] });
	nginx = server;
	let errors = '';
	server.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	origin = `http://127.0.0.1:${port}`;
	// Ready when it answers; failed when it exits first.
	for (;;) {
		if (server.exitCode !== null) throw new Error(`nginx exited (${server.exitCode}): ${errors}`);
		const answered = await fetch(`${origin}/`).then(
			() => true,
			() => false,
		);
		if (answered) break;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
});

afterAll(() => {
	nginx?.kill();
	if (folder) rmSync(folder, { recursive: true, force: true });
});

const get = (path: string, init: RequestInit = {}) => fetch(`${origin}${path}`, { redirect: 'manual', ...init });

function expectEveryHeader(response: Response, what: string) {
	expect(everywhere.length).toBeGreaterThan(5);
	for (const [name, value] of everywhere) expect(response.headers.get(name), `${what}: ${name}`).toBe(value);
}

test('pages come with every header of _headers, as UTF-8 HTML, without a long cache', async () => {
	for (const path of ['/', '/bg/', '/guides/']) {
		const response = await get(path);
		expect(response.status, path).toBe(200);
		expectEveryHeader(response, path);
		expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(response.headers.get('cache-control') ?? '').not.toContain('immutable');
		expect(await response.text()).toBe(readDist(`${path.slice(1)}index.html`));
	}
});

test('hashed assets are cached for a year, with the security headers too', async () => {
	const asset = distFiles().find((file) => file.startsWith('_astro/') && file.endsWith('.js'));
	expect(asset).toBeDefined();
	const response = await get(`/${asset ?? ''}`);
	expect(response.status).toBe(200);
	expect(response.headers.get('cache-control')).toBe(rules.find((rule) => rule.pattern === '/_astro/*')?.headers.find(([name]) => name === 'Cache-Control')?.[1]);
	expectEveryHeader(response, asset ?? '');
	expect(response.headers.get('content-type')).toMatch(/javascript/);
});

test('unknown paths get the 404 page of their language, with status 404 and the headers', async () => {
	for (const [path, page] of [
		['/bg/no-such-page/', 'bg/404.html'],
		['/bg/guides/no-such-guide/', 'bg/404.html'],
		['/no-such-page/', '404.html'],
		['/_astro/no-such-file.js', '404.html'],
	] as const) {
		const response = await get(path);
		expect(response.status, path).toBe(404);
		expect(await response.text(), path).toBe(readDist(page));
		expectEveryHeader(response, path);
	}
});

test('a page without its trailing slash is redirected to it (relative Location, whatever the host)', async () => {
	for (const path of ['/guides', '/bg/calculator']) {
		const response = await get(path);
		expect(response.status, path).toBe(301);
		expect(response.headers.get('location'), path).toBe(`${path}/`);
	}
});

test('text is sent compressed to clients that accept it, and dot files are not served', async () => {
	const page = await get('/', { headers: { 'accept-encoding': 'gzip' } });
	expect(page.headers.get('content-encoding')).toBe('gzip');
	expect((await get('/.htaccess')).status).toBe(404);
});
