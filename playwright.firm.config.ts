// The browser tests of what only a firm's own configuration builds: the contact form (tests/e2e-firm/), run by
// `npm run test:firm` on the sample firm's build (.sample-firm/dist, SITE_CONFIG), served the way a static host would.
// By hand: `npm run test:firm` once, then `E2E_PORT=<port> npx playwright test -c playwright.firm.config.ts`.
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// The firm whose build is tested (its contactForm is read by the tests): the sample firm unless SITE_CONFIG names another.
process.env['SITE_CONFIG'] ||= 'tests/fixtures/sample-firm/site.config.ts';
const port = Number(process.env.E2E_PORT ?? 4322);
const dist = process.env.DIST_DIR || '.sample-firm/dist';

export default defineConfig({
	...base,
	testDir: 'tests/e2e-firm',
	use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
	webServer: {
		command: `npx astro preview --outDir ${dist} --host 127.0.0.1 --port ${port} --ignore-lock`,
		url: `http://127.0.0.1:${port}/`,
		// Never another build's server that happens to be on the port (the project's own dist/, say).
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
