/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/{unit,dist}/**/*.test.ts'],
		environment: 'node',
		// Small files whose start-up is most of their time: worker threads start faster than processes, on every core
		// (Vitest's default leaves one idle). Nothing here changes directory or other process-wide state.
		pool: 'threads',
		maxWorkers: '100%',
		// The slowest tests (whole-site HTML scans, exhaustive property runs) take 1–2 s on a quiet machine; 20 s keeps
		// them clear of the limit when the machine is busy (never within 3× of their usual time).
		testTimeout: 20_000,
	},
});
