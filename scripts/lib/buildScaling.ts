// Times `astro build` of a temporary copy of the project with N synthetic guides added.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const SKIP = /^(node_modules|dist|\.astro|\.git|test-results|playwright-report|bench-results)(\/|$)/;

/** A guide of realistic length: six sections of about a hundred words, valid against the guide schema. */
export function syntheticGuide(n: number): string {
	const paragraph = 'Outsourcing contracts should settle who owns the results, who may see which data, and what happens when the work ends. '.repeat(5);
	const sections = Array.from({ length: 6 }, (_, s) => `## Section ${s + 1} of guide ${n}\n\n${paragraph}\n\n- One point\n- Another point\n`).join('\n');
	return `---\ntitle: "Synthetic guide ${n}"\ndescription: "A generated guide used only to measure how build time grows with the number of guides on the site."\npubDate: 2026-11-30\norder: ${1000 + n}\ntags: ["benchmark"]\n---\n\n${sections}`;
}

export interface ScalingResult {
	extraGuides: number;
	pages: number;
	seconds: number;
}

export function measureBuildScaling(counts: readonly number[]): ScalingResult[] {
	return counts.map((extraGuides) => {
		const dir = mkdtempSync(join(tmpdir(), 'bench-build-'));
		try {
			cpSync(ROOT, dir, { recursive: true, filter: (src) => !SKIP.test(relative(ROOT, src)) });
			symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
			for (let n = 1; n <= extraGuides; n += 1) writeFileSync(join(dir, 'src/content/guides/en', `synthetic-${n}.mdx`), syntheticGuide(n));
			const started = performance.now();
			execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
				cwd: dir,
				stdio: 'ignore',
				env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
			});
			const seconds = (performance.now() - started) / 1000;
			const pages = countHtml(join(dir, 'dist'));
			console.log(`  +${extraGuides} guides: ${pages} pages in ${seconds.toFixed(1)} s`);
			return { extraGuides, pages, seconds };
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
}

function countHtml(dir: string): number {
	return readdirSync(dir, { withFileTypes: true }).reduce(
		(sum, entry) => sum + (entry.isDirectory() ? countHtml(join(dir, entry.name)) : entry.name.endsWith('.html') ? 1 : 0),
		0,
	);
}
