import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/lib/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		// A trace only for a test that failed once and is run again (CI): recording one for every test costs time on every run.
		trace: 'on-first-retry',
		// Debian's Chromium with the flags these machines need (scripts/lib/chromium.ts).
		launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] },
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	webServer: {
		// The built site, served the way a static host would (run `npm run build` first; `npm test` does).
		command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
