/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { ISOLATED_TESTS } from './tests/support/isolatedTests.ts';

export default getViteConfig({
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
