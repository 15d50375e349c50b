// The site for the engines tier, as `npm start` serves it: `astro preview` over plain http on E2E_PORT (default 4322,
// as the Playwright tier), behind a small server on a free port that passes every response through unchanged except
// for one tag in each HTML page: the problem recorder (recorder.ts).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startPreview } from '../../../scripts/lib/previewServer';
import { assertBuilt } from '../../support/dist';
import { RECORDER_PATH, RECORDER_SOURCE, withRecorder } from './recorder';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The origin journeys open pages on: `http://127.0.0.1:<port>`. */
		siteOrigin: string;
	}
}

/** Serves `upstream` with the recorder added to every HTML page; resolves once listening on a free port. */
async function startRecordingServer(upstream: string) {
	const server = createServer((request, response) => {
		const path = request.url ?? '/';
		if (path === RECORDER_PATH) {
			response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
			response.end(RECORDER_SOURCE);
			return;
		}
		void (async () => {
			try {
				// Uncompressed, so a page's HTML can be read; redirects are the browser's to follow.
				const answer = await fetch(new URL(path, upstream), { method: request.method ?? 'GET', headers: { 'accept-encoding': 'identity' }, redirect: 'manual' });
				const headers = new Headers(answer.headers);
				headers.delete('content-length');
				headers.delete('content-encoding');
				const location = headers.get('location');
				if (location?.startsWith(upstream)) headers.set('location', location.slice(upstream.length));
				let body: Buffer | string = Buffer.from(await answer.arrayBuffer());
				if (headers.get('content-type')?.startsWith('text/html')) body = withRecorder(body.toString('utf8'), path);
				response.writeHead(answer.status, Object.fromEntries(headers));
				response.end(body);
			} catch (error) {
				console.error(`engines tier: ${path} could not be fetched from astro preview: ${(error as Error).message}`);
				response.writeHead(502, { 'content-type': 'text/plain' });
				response.end(`engines tier: ${(error as Error).message}`);
			}
		})();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { origin: `http://127.0.0.1:${port}`, close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				// Browsers keep connections open; the tier is over.
				server.closeAllConnections();
			}),
	};
}

export default async function setup(project: TestProject) {
	assertBuilt();
	const preview = await startPreview(Number(process.env['E2E_PORT'] ?? 4322));
	const site = await startRecordingServer(preview.origin);
	project.provide('siteOrigin', site.origin);
	return async () => {
		await site.close();
		preview.stop();
	};
}
