// Plain Vitest, not Astro's getViteConfig: no test here needs Astro's Vite plugins (astro:content is mocked where a
// module reads it), and loading the site's Astro config ran its integrations' set-up on every run (about 2 s of CPU,
// 4.5 s against 19 s wall for one small file under load). `@/` resolves through tsconfig.json's paths, as in the site.
// One plugin of the build's is needed: with SITE_CONFIG set (`npm run test:firm`), the tests import that firm's
// configuration wherever they import src/site.config.ts, as the build does (src/build/siteConfigSource.ts).
import { defineConfig } from 'vitest/config';
import { loadSiteConfig, swapSiteConfig } from './src/build/siteConfigSource.ts';
import { ISOLATED_TESTS } from './tests/support/isolatedTests.ts';

const source = loadSiteConfig();

export default defineConfig({
	plugins: source.override ? [swapSiteConfig(source.path)] : [],
	resolve: { tsconfigPaths: true },
	test: {
		environment: 'node',
		// Small files whose start-up is most of their time: worker threads start faster than processes, on every core
		// (Vitest's default leaves one idle). Nothing here changes directory or other process-wide state.
		pool: 'threads',
		maxWorkers: '100%',
		// The slowest tests (whole-site HTML scans, exhaustive property runs) take 1–2 s on a quiet machine; 20 s keeps
		// them clear of the limit when the machine is busy (never within 3× of their usual time).
		testTimeout: 20_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'shared',
					include: ['tests/unit/**/*.test.ts'],
					exclude: [...ISOLATED_TESTS],
					// Pure functions over their arguments: one worker module graph for every file (31 s → 7 s for the unit
					// tier, measured under load), instead of a fresh one per file.
					isolate: false,
				},
			},
			// Files that mock modules or stub the environment (tests/support/isolatedTests.ts), and the built-site tier: a
			// fresh module graph each.
			{ extends: true, test: { name: 'isolated', include: [...ISOLATED_TESTS, 'tests/dist/**/*.test.ts'] } },
		],
	},
});
