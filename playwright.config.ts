import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4322);

/** Debian's Chromium: test tools may not download browsers on these machines (see README, "Testing"). */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			// Root needs --no-sandbox; the closed network makes Chromium's background services fail noisily.
			args: [
				'--no-sandbox',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic',
			],
		},
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
