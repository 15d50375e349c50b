// Times `astro build` of a temporary copy of the project with N synthetic guides added.
import { globSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './projectCopy.ts';
import { readSocialCardStats } from './socialCardStats.ts';

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
	/** Of those, the seconds spent drawing the social cards (one per page). */
	socialCardSeconds: number;
}

export async function measureBuildScaling(counts: readonly number[]): Promise<ScalingResult[]> {
	const results: ScalingResult[] = [];
	for (const extraGuides of counts) {
		const project = copyProject();
		try {
			for (let n = 1; n <= extraGuides; n += 1) writeFileSync(join(project.dir, 'src/content/guides/en', `synthetic-${n}.mdx`), syntheticGuide(n));
			const started = performance.now();
			const { code, output } = await project.astro('build');
			const seconds = (performance.now() - started) / 1000;
			if (code !== 0) throw new Error(`The build with ${extraGuides} synthetic guides failed:\n${output}`);
			const pages = globSync('**/*.html', { cwd: join(project.dir, 'dist') }).length;
			console.log(`  +${extraGuides} guides: ${pages} pages in ${seconds.toFixed(1)} s`);
			results.push({ extraGuides, pages, seconds, socialCardSeconds: readSocialCardStats(project.dir).seconds });
		} finally {
			project.remove();
		}
	}
	return results;
}
