// Serves dist/ for the scripts (the benchmark, the Lighthouse gate) on a free-standing port, and stops it afterwards.
// Text is sent gzip-compressed, as every static host and CDN sends it: how a page arrives decides how the browser
// parses and lays it out (a whole compressed guide lands at once and is laid out in one task; `astro preview`, which
// does not compress, trickles it in), so uncompressed figures would hide what readers meet.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { ROOT } from './astroCli.ts';

export interface PreviewServer {
	origin: string;
	stop(): void;
}

/** Content types of what the build writes; those marked `true` are text, sent compressed. */
const TYPES: Readonly<Record<string, [string, boolean]>> = {
	'.html': ['text/html; charset=utf-8', true],
	'.js': ['text/javascript; charset=utf-8', true],
	'.css': ['text/css; charset=utf-8', true],
	'.json': ['application/json', true],
	'.svg': ['image/svg+xml', true],
	'.xml': ['application/xml', true],
	'.txt': ['text/plain; charset=utf-8', true],
	'.csv': ['text/csv; charset=utf-8', true],
	'.png': ['image/png', false],
	'.wasm': ['application/wasm', false],
};

/** The file a request path names: a folder's index.html, or undefined when there is none. */
function fileFor(dist: string, pathname: string): string | undefined {
	const path = normalize(join(dist, decodeURIComponent(pathname)));
	if (!path.startsWith(dist)) return undefined;
	const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Serves `root`/dist on `port` (0: any free port, named in `origin`). */
export async function startPreview(port: number, root = ROOT): Promise<PreviewServer> {
	const dist = join(root, 'dist');
	if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no index.html: build the site first`);
	const server = createServer((request, response) => {
		const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
		const found = fileFor(dist, pathname);
		const file = found ?? join(dist, '404.html');
		// Pagefind's index files are stored compressed already: sent as they are.
		const [type, text] = TYPES[extname(file)] ?? ['application/octet-stream', false];
		const gzip = text && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
		response.writeHead(found ? 200 : 404, { 'content-type': type, vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
		const done = () => undefined; // a reader that left early: nothing to do
		if (gzip) pipeline(createReadStream(file), createGzip(), response, done);
		else pipeline(createReadStream(file), response, done);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	// The port it got: the one asked for, or any free one for port 0.
	const address = server.address();
	const actual = typeof address === 'object' && address !== null ? address.port : port;
	return { origin: `http://127.0.0.1:${actual}`, stop: () => {
			server.close();
			server.closeAllConnections();
		},
	};
}
