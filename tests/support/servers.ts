// Debian's real nginx, Apache and Caddy serving the built site with the configuration the build wrote for each
// (src/build/integrations/hostConfigs.ts): only the folder, the address and what a test run needs (a temporary folder,
// no admin port, no https) are changed. scripts/ensure-servers.sh installs them (`npm run test:dist` runs it first).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVER_ROOT } from '../../src/build/integrations/hostConfigs';
import { DIST } from './dist';

/** A site to serve: its folder, and the folder of the nginx and Caddy files written for it. */
export interface Site {
	root: string;
	hosting: string;
}

/** The site as built: dist/ (or DIST_DIR), with hosting/ next to it. */
export const BUILT: Site = { root: DIST, hosting: join(DIST, '..', 'hosting') };

/** A server answering on `origin` until `stop()`. */
export interface Served {
	origin: string;
	stop(): Promise<void>;
}

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

/** The site's hosting/<file> as written, with each [text, replacement]; fails if a text is no longer there. */
function generated(site: Site, file: string, replacements: ReadonlyArray<readonly [string, string]>): string {
	return replacements.reduce((text, [from, to]) => {
		if (!text.includes(from)) throw new Error(`hosting/${file} no longer contains ${JSON.stringify(from)}: the test cannot point it at ${site.root}`);
		return text.replace(from, to);
	}, readFileSync(join(site.hosting, file), 'utf8'));
}

/**
 * Runs `binary` in the foreground with the configuration `configure(port, folder)` writes, in a temporary folder of its
 * own; ready when it answers on 127.0.0.1:<port>, failed (with its error output) when it exits first.
 */
async function serve(name: string, binary: string, configure: (port: number, folder: string) => { args: string[]; env?: NodeJS.ProcessEnv }): Promise<Served> {
	const variable = `${name.toUpperCase()}_PATH`;
	if (!existsSync(binary)) throw new Error(`${binary} is missing: run \`bash scripts/ensure-servers.sh ${name}\` (npm run test:dist does) or set ${variable}`);
	const port = await freePort();
	const folder = mkdtempSync(join(tmpdir(), `${name}-`));
	const { args, env } = configure(port, folder);
	const server = spawn(binary, args, { cwd: folder, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
	let errors = '';
	server.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
	const origin = `http://127.0.0.1:${port}`;
	const stop = async () => {
		if (server.exitCode === null && server.signalCode === null) {
			server.kill('SIGTERM');
			await exited;
		}
		rmSync(folder, { recursive: true, force: true });
	};
	for (;;) {
		if (server.exitCode !== null) {
			// Apache cannot write its log to a pipe: it writes to error.log in the folder.
			const log = join(folder, 'error.log');
			if (existsSync(log)) errors += readFileSync(log, 'utf8');
			await stop();
			throw new Error(`${name} exited (${server.exitCode}): ${errors}`);
		}
		if (await fetch(`${origin}/`).then(() => true, () => false)) return { origin, stop };
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

/** nginx with hosting/nginx.conf, a complete configuration. */
export function startNginx(site: Site = BUILT): Promise<Served> {
	return serve('nginx', process.env['NGINX_PATH'] ?? '/usr/sbin/nginx', (port, folder) => {
		const conf = generated(site, 'nginx.conf', [
			[`root ${SERVER_ROOT};`, `root ${site.root};`],
			['listen 80;', `listen 127.0.0.1:${port};`],
		]);
		writeFileSync(join(folder, 'nginx.conf'), conf);
		return { args: ['-p', folder, '-c', join(folder, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off; master_process off; error_log stderr error;'] };
	});
}

/** The Apache modules the site's .htaccess uses, and those a shared host has on anyway (README, Deploying). */
export const APACHE_MODULES = ['mpm_event', 'authz_core', 'dir', 'mime', 'alias', 'headers', 'deflate', 'filter'];

/**
 * Apache 2.4 as a shared host runs it: the folder with `AllowOverride All`, so dist/.htaccess does the work. The server
 * configuration is the test's own (Debian's /etc/apache2 is not used), with just the modules of APACHE_MODULES.
 */
export function startApache(site: Site = BUILT): Promise<Served> {
	const modules = process.env['APACHE_MODULES_DIR'] ?? '/usr/lib/apache2/modules';
	return serve('apache', process.env['APACHE_PATH'] ?? '/usr/sbin/apache2', (port, folder) => {
		const conf = [
			`ServerRoot ${folder}`,
			`DefaultRuntimeDir ${folder}`,
			`PidFile ${join(folder, 'httpd.pid')}`,
			'ServerName 127.0.0.1',
			`Listen 127.0.0.1:${port}`,
			// Started as root (CI), Apache serves as Debian's web user; otherwise as whoever starts it.
			...(process.getuid?.() === 0 ? ['User www-data', 'Group www-data'] : []),
			...APACHE_MODULES.map((module) => `LoadModule ${module}_module ${join(modules, `mod_${module}.so`)}`),
			'TypesConfig /etc/mime.types',
			`ErrorLog ${join(folder, 'error.log')}`,
			'LogLevel warn',
			`DocumentRoot ${site.root}`,
			'DirectoryIndex index.html',
			`<Directory ${site.root}>`,
			'\tAllowOverride All',
			'\tRequire all granted',
			'</Directory>',
		];
		writeFileSync(join(folder, 'httpd.conf'), `${conf.join('\n')}\n`);
		return { args: ['-f', join(folder, 'httpd.conf'), '-DFOREGROUND'] };
	});
}

/** Caddy with hosting/Caddyfile on 127.0.0.1 over http, without its admin endpoint, its state in the temporary folder. */
export function startCaddy(site: Site = BUILT): Promise<Served> {
	return serve('caddy', process.env['CADDY_PATH'] ?? '/usr/bin/caddy', (port, folder) => {
		const caddyfile = generated(site, 'Caddyfile', [
			[`root * ${SERVER_ROOT}`, `root * ${site.root}`],
			['\n:80 {\n', `\nhttp://127.0.0.1:${port} {\n`],
		]);
		const conf = `{\n\tadmin off\n\tauto_https off\n}\n${caddyfile}`;
		writeFileSync(join(folder, 'Caddyfile'), conf);
		return { args: ['run', '--config', join(folder, 'Caddyfile'), '--adapter', 'caddyfile'], env: { HOME: folder, XDG_CONFIG_HOME: folder, XDG_DATA_HOME: folder } };
	});
}
