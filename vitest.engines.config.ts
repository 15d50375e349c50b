// The engines tier (tests/engines): the main journeys in Firefox ESR and WebKit, one file per engine, both engines at
// once (one per core). No Astro plugins: the journeys import pure code from src/lib/ for their expected values.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
	test: {
		include: ['tests/engines/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/engines/support/site.ts'],
		maxWorkers: 2,
		// A journey takes a few seconds; starting a browser about five. Far above both on a busy two-core machine.
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// As the Playwright tier: one retry on CI, none locally (where a flaky journey should be seen).
		retry: process.env['CI'] ? 1 : 0,
	},
});
