// Page errors and Content-Security-Policy violations, recorded by the page itself from before its first script runs.
// WebKitWebDriver speaks classic WebDriver only (no BiDi: no console or error events, no init scripts), so the tier's
// server (site.ts) adds one external script, first in every page's <head>, that listens for them and keeps them in
// sessionStorage, which survives the tab's navigations; a journey reads them at its end. The page is otherwise
// byte for byte what `astro preview` serves, its own CSP <meta> included; the recorder runs before that policy and
// uses no DOM sink, so it needs no hash and trips no Trusted Types rule.
import type { Engine } from './engine';

/** Where the tier's server serves the recorder. */
export const RECORDER_PATH = '/__engines/recorder.js';
const STORAGE_KEY = 'engines:problems';

/** Runs in the page (serialised into the served script): records every problem as one line of text. */
function recordProblems(key: string): void {
	const record = (text: string) => {
		try {
			const list = JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[];
			list.push(`${location.pathname}${location.search}: ${text}`);
			sessionStorage.setItem(key, JSON.stringify(list));
		} catch {
			// Storage refused (a test may refuse it on purpose): nothing to keep the record in.
		}
	};
	// Capturing, so failed loads of scripts, styles and images (which do not bubble) are heard too.
	addEventListener(
		'error',
		(event) => {
			const target = event.target;
			if (target instanceof HTMLScriptElement || target instanceof HTMLImageElement) record(`failed to load ${target.src}`);
			// A preload hint is not the page: what it hints at is loaded (or fails) by an import, recorded above. (Firefox
			// fires error on a modulepreload with crossorigin for a module already loaded, as Vite's helper adds them.)
			else if (target instanceof HTMLLinkElement) {
				if (!target.relList.contains('modulepreload')) record(`failed to load ${target.href}`);
			}
			else record(`page error: ${event.message}`);
		},
		true,
	);
	addEventListener('unhandledrejection', (event) => {
		record(`unhandled rejection: ${String(event.reason)}`);
	});
	document.addEventListener('securitypolicyviolation', (event) => {
		record(`CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
	});
}

/** The recorder script's source. */
export const RECORDER_SOURCE = `(${recordProblems.toString()})(${JSON.stringify(STORAGE_KEY)});\n`;

/** `html` with the recorder as the first element of its <head>; fails on a page without one. */
export function withRecorder(html: string, path: string): string {
	const head = /<head\b[^>]*>/i.exec(html);
	if (!head) throw new Error(`${path}: no <head> to put the problem recorder in`);
	const end = head.index + head[0].length;
	return `${html.slice(0, end)}<script src="${RECORDER_PATH}"></script>${html.slice(end)}`;
}

/** Every problem recorded since the last call, by the page and by the client, and forgets them. */
export async function takeProblems(engine: Engine): Promise<string[]> {
	const recorded = await engine.evaluate((key) => {
		const list = JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[];
		sessionStorage.removeItem(key);
		return list;
	}, STORAGE_KEY);
	return [...recorded, ...engine.clientProblems()];
}
