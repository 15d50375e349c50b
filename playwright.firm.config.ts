// The browser checks of the sample firm's build (`npm run test:firm` runs them after building it into
// .sample-firm/dist/): axe over a handful of representative pages in both themes and languages, and the chart in the
// firm's accent. The main browser tier's settings (playwright.config.ts) with its own tests, build and server, so that
// tier never starts this one.
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/** The build it serves: the sample firm's, or the folder DIST_DIR names. */
const dist = process.env.DIST_DIR || '.sample-firm/dist';
// Not the main tier's default port (4322), and never a server already running there: that would be another build.
const port = Number(process.env.E2E_PORT ?? 4323);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
	...base,
	testDir: 'tests/firm',
	use: { ...base.use, baseURL },
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${port} --outDir ${dist} --ignore-lock`,
		url: `${baseURL}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
