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
	},
});
