// A throw-away copy of the project (sources only, node_modules linked), built with the CLI as a user would: for the
// benchmark's build-scaling runs. (The build tests use small fixture sites instead: tests/build/support/fixtureSite.ts.)
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { astroBin, astroEnv, ROOT } from './astroCli.ts';

const SKIP = /^(node_modules|dist|\.astro|\.git|test-results|playwright-report|bench-results)(\/|$)/;

export interface ProjectCopy {
	dir: string;
	/** Runs an Astro CLI command in the copy; resolves with its exit code and combined output. */
	astro(...args: string[]): Promise<{ code: number; output: string }>;
	remove(): void;
}

export function copyProject(): ProjectCopy {
	const dir = mkdtempSync(join(tmpdir(), 'outsourcing-ip-'));
	cpSync(ROOT, dir, { recursive: true, filter: (src) => !SKIP.test(relative(ROOT, src)) });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return {
		dir,
		async astro(...args) {
			try {
				const { stdout, stderr } = await promisify(execFile)(process.execPath, [astroBin(dir), ...args], {
					cwd: dir,
					env: astroEnv(),
					maxBuffer: 32 * 1024 * 1024,
				});
				return { code: 0, output: stdout + stderr };
			} catch (error) {
				const e = error as { code?: number; stdout?: string; stderr?: string };
				return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
			}
		},
		remove: () => rmSync(dir, { recursive: true, force: true }),
	};
}
