// Shared Playwright fixtures: every test fails on a console error, a page error or a request to another origin.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ allowedConsole: RegExp[]; allowedOrigins: string[]; problems: string[] }>({
	/** Console errors a test expects (the 404 page's own status line, for one). */
	allowedConsole: [[], { option: true }],
	/** Other origins a test expects requests to (the firm's form endpoint, which the test stubs). */
	allowedOrigins: [[], { option: true }],
	problems: [
		async ({ page, baseURL, allowedConsole, allowedOrigins }, use) => {
			const problems: string[] = [];
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			page.on('console', (message) => {
				if (message.type() === 'error' && !allowedConsole.some((re) => re.test(message.text()))) problems.push(`console error: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			page.on('request', (request) => {
				const url = request.url();
				if (/^(data|blob|about):/.test(url)) return;
				if (new URL(url).origin !== origin && !allowedOrigins.includes(new URL(url).origin)) problems.push(`third-party request: ${url}`);
			});
			await use(problems);
			expect(problems, 'console errors, page errors or third-party requests').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
