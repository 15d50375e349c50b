// The build tier (tests/build): real Astro builds of small fixture sites, each a few seconds, so kept apart from the
// unit tests. No Astro plugins here: the tests call Astro's own build(), which brings its Vite.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/build/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/build/support/globalSetup.ts'],
		// Every core: Vitest's default leaves one idle, which on a two-core machine runs one build at a time.
		maxWorkers: '100%',
		testTimeout: 120_000,
		hookTimeout: 120_000,
		// Vitest would set "test"; builds are production builds, as `astro build` makes them.
		env: { NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
	},
});
