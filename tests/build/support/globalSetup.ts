// One temporary folder for every fixture site of a run, removed when all test files are done: Astro saves its content
// data store on a timer that can still fire after a failed build, so a test must not delete its site right away.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		fixtureSitesDir: string;
	}
}

export default function setup(project: TestProject) {
	const dir = mkdtempSync(join(tmpdir(), 'outsourcing-ip-build-tests-'));
	project.provide('fixtureSitesDir', dir);
	return () => {
		rmSync(dir, { recursive: true, force: true });
	};
}
