// Shared Playwright fixtures: every test fails on a console error, a page error, a request to another origin or a
// Content-Security-Policy violation (Trusted Types included), on whatever page it visits. With this, no test needs to
// walk every page for third-party requests or CSP: every visit of every test checks both (the walks that did, in
// privacy.spec.ts, are gone; a11y.spec.ts visits every page, scrolls it through and switches its theme).
import { test as base, expect, type Page } from '@playwright/test';
import { loadSiteConfig } from '../../../src/build/siteConfigSource';
import { siteConfig } from '../../../src/site.config';

/**
 * The firm's own analytics server, if its configuration sets one (a firm's build, `npm run test:firm`): the one other
 * origin every page may ask for. Its script is answered here with an empty one, so no test reaches the network;
 * tests/e2e/analytics.spec.ts stands in for the tracker itself and checks what the page sends it.
 */
// (A firm's file named by SITE_CONFIG is read as the build reads it; Playwright's loader imports the project's own.)
const analytics = (process.env['SITE_CONFIG'] ? loadSiteConfig().config : siteConfig).analytics;
const TRACKER = analytics ? new URL(analytics.script) : undefined;

/** How the page's own report of a CSP violation reaches the test: the console, read below with every other message. */
const CSP_EVENT_PREFIX = 'securitypolicyviolation:';
/** Chromium's console message for a blocked script, style, image, connection, eval or Trusted Types sink. */
const CSP_CONSOLE = /Content[ -]Security[ -]Policy|Trusted ?(Types?|HTML|Script|ScriptURL)\b/i;

/**
 * Starts recording what goes wrong on `page` from its next document on: console errors (but those `allowed`), page
 * errors, CSP violations (the page's securitypolicyviolation events and Chromium's console messages; never allowed) and
 * requests to an origin other than `origin` and those in `otherOrigins`. The array fills as it happens.
 */
export async function recordProblems(page: Page, origin: string, allowed: readonly RegExp[] = [], otherOrigins: readonly string[] = []): Promise<string[]> {
	const problems: string[] = [];
	// Before the first script of every document: the page's securitypolicyviolation events, as console errors.
	await page.addInitScript((prefix) => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`${prefix} ${event.violatedDirective} ${event.blockedURI} ${event.sample} (${location.pathname})`);
		});
	}, CSP_EVENT_PREFIX);
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const text = message.text();
		if (text.startsWith(CSP_EVENT_PREFIX) || CSP_CONSOLE.test(text)) problems.push(`CSP violation: ${text}`);
		else if (!allowed.some((re) => re.test(text))) problems.push(`console error: ${text}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('request', (request) => {
		const url = request.url();
		if (/^(data|blob|about):/.test(url)) return;
		const from = new URL(url).origin;
		if (from !== origin && !otherOrigins.includes(from)) problems.push(`third-party request: ${url}`);
	});
	return problems;
}

export const test = base.extend<{ allowedConsole: RegExp[]; allowedOrigins: string[]; problems: string[] }>({
	/** Console errors a test expects (the 404 page's own status line, for one); never a CSP violation. */
	allowedConsole: [[], { option: true }],
	/** Other origins a test expects requests to (the firm's form endpoint, which the test stubs). */
	allowedOrigins: [[], { option: true }],
	problems: [
		async ({ page, baseURL, allowedConsole, allowedOrigins }, use) => {
			if (TRACKER) await page.context().route(TRACKER.href, (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
			const others = TRACKER ? [...allowedOrigins, TRACKER.origin] : allowedOrigins;
			const problems = await recordProblems(page, new URL(baseURL ?? 'http://127.0.0.1').origin, allowedConsole, others);
			await use(problems);
			expect(problems, 'console errors, page errors, CSP violations or third-party requests').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
