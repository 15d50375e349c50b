// The browser checks of a firm's own build (`npm run test:firm` runs them after building the sample firm into
// .sample-firm/dist/): `brand`, axe over a handful of representative pages in both themes and languages and the chart in
// the firm's accent (tests/firm/); `form`, the contact form against a local stand-in for the form service
// (tests/firm/form/), for a firm that configures one. The main browser tier's settings (playwright.config.ts) with its
// own tests, build and server, so that tier never starts this one.
// By hand: `npm run test:firm` once, then `E2E_PORT=<port> npx playwright test -c playwright.firm.config.ts`.
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// The firm whose build is tested (the tests read its configuration): the sample firm unless SITE_CONFIG names another.
process.env['SITE_CONFIG'] ||= 'tests/fixtures/sample-firm/site.config.ts';
/** The build it serves: the sample firm's, or the folder DIST_DIR names. */
const dist = process.env.DIST_DIR || '.sample-firm/dist';
// Not the main tier's default port (4322), and never a server already running there: that would be another build.
const port = Number(process.env.E2E_PORT ?? 4323);
const baseURL = `http://127.0.0.1:${port}`;
const chromium = base.projects?.[0]?.use ?? {};

export default defineConfig({
	...base,
	testDir: 'tests/firm',
	use: { ...base.use, baseURL },
	projects: [
		{ name: 'brand', testIgnore: /\/form\//, use: chromium },
		{ name: 'form', testDir: 'tests/firm/form', use: chromium },
	],
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${port} --outDir ${dist} --ignore-lock`,
		url: `${baseURL}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
