/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/{unit,dist}/**/*.test.ts'],
		environment: 'node',
		// Every core (Vitest's default leaves one idle): these files are small, and their start-up is most of the time.
		maxWorkers: '100%',
	},
});
