// One temporary folder for every fixture site of a run, removed when all test files are done: Astro saves its content
// data store on a timer that can still fire after a failed build, so a test must not delete its site right away.
// It lies inside the project (/.build-tests/, ignored by git): Astro writes a build's prerendered chunks under its
// outDir only when that is inside the working directory, and otherwise into the working directory's .astro/, which
// builds running side by side would then share and delete under one another.
import { mkdirSync, mkdtempSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		fixtureSitesDir: string;
	}
}

export default function setup(project: TestProject) {
	const parent = join(import.meta.dirname, '..', '..', '..', '.build-tests');
	mkdirSync(parent, { recursive: true });
	const dir = mkdtempSync(join(parent, 'run-'));
	project.provide('fixtureSitesDir', dir);
	return () => {
		rmSync(dir, { recursive: true, force: true });
		// The parent too, unless another run still has a folder in it.
		if (readdirSync(parent).length === 0) rmdirSync(parent);
	};
}
