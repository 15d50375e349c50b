// A stand-in for the firm's form service: a Node http server on a free local port that records every post it receives
// and answers as the test asks (accepted, refused, failing, or only once the test lets it). The browser's posts to the
// configured endpoint are handed to it by `page.route` (routeToStub), so the page talks to its real endpoint address,
// under its real CSP, and no request leaves the machine.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from '@playwright/test';

/** How the stub answers the next posts: 200 with JSON (or HTML to a plain form post), 422, 500, or 200 held back. */
export type StubMode = 'accept' | 'refuse' | 'fail' | 'hold';

/** One post as the stub received it. */
export interface ReceivedPost {
	contentType: string;
	accept: string;
	/** The body, as the form service decodes it. */
	fields: Array<[string, string]>;
	/** The raw body. */
	body: string;
}

export interface FormStub {
	/** Every post received so far, in order. */
	readonly posts: ReceivedPost[];
	/** How the following posts are answered (default: accept). */
	mode: StubMode;
	/** Answers the posts held back in `hold` mode (with 200). */
	release(): void;
	/** Sends the browser's posts to `endpoint` (any path under it) to this server instead. */
	route(target: Page | BrowserContext, endpoint: string): Promise<void>;
	close(): Promise<void>;
}

const CORS = { 'access-control-allow-origin': '*' };

export async function startFormStub(): Promise<FormStub> {
	const held: Array<() => void> = [];
	const stub: FormStub = {
		posts: [],
		mode: 'accept',
		release: () => {
			for (const answer of held.splice(0)) answer();
		},
		route: async (target, endpoint) => {
			await target.route(`${endpoint}**`, async (route) => {
				const request = route.request();
				const response = await fetch(url, {
					method: request.method(),
					headers: { 'content-type': (await request.headerValue('content-type')) ?? '', accept: (await request.headerValue('accept')) ?? '' },
					body: request.postData(),
				});
				await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) });
			});
		},
		close: () => {
			stub.release();
			return new Promise((resolve) => server.close(() => resolve()));
		},
	};

	function answer(request: IncomingMessage, response: ServerResponse, body: string): void {
		const json = (request.headers.accept ?? '').includes('application/json');
		const [status, text] = { accept: [200, 'ok'], hold: [200, 'ok'], refuse: [422, 'refused'], fail: [500, 'failed'] }[stub.mode] as [number, string];
		const send = () => {
			response.writeHead(status, { ...CORS, 'content-type': json ? 'application/json' : 'text/html; charset=utf-8' });
			response.end(json ? JSON.stringify({ ok: status === 200, text }) : `<!doctype html><html lang="en"><title>Form service</title><h1>Form service: ${text}</h1></html>`);
		};
		stub.posts.push({
			contentType: request.headers['content-type'] ?? '',
			accept: request.headers.accept ?? '',
			fields: [...new URLSearchParams(body)],
			body,
		});
		if (stub.mode === 'hold') held.push(send);
		else send();
	}

	const server = createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			if (request.method !== 'POST') {
				response.writeHead(405, CORS).end();
				return;
			}
			answer(request, response, Buffer.concat(chunks).toString('utf8'));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
	return stub;
}
