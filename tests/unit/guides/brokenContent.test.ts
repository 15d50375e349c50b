// The build must stop on broken content and say which file and which field: proven on a real Astro sync.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyProject, type ProjectCopy } from '../../../scripts/lib/projectCopy.ts';

let project: ProjectCopy;

beforeAll(() => {
	project = copyProject();
});

afterAll(() => project?.remove());

test('a guide with bad front matter fails the build, naming the file and each bad field', async () => {
	writeFileSync(
		join(project.dir, 'src/content/guides/en/broken-guide.mdx'),
		['---', 'title: "A guide that forgot things"', 'pubDate: 2026-11-30', 'order: "first"', 'tags: ["outsourcing"]', '---', '', 'Body.', ''].join('\n'),
	);
	const { code, output } = await project.astro('sync');
	expect(code).not.toBe(0);
	expect(output).toContain('guides → en/broken-guide');
	expect(output).toContain('src/content/guides/en/broken-guide.mdx');
	expect(output).toMatch(/description\b/);
	expect(output).toMatch(/order\b/);
}, 60_000);

test('a statistics file with a year missing fails the build, naming the year and the file', async () => {
	// A copy of its own: the broken guide above must not mask this error, nor this one it.
	const statsProject = copyProject();
	try {
		const file = join(statsProject.dir, 'src/content/stats/bulgaria-market.json');
		const json = JSON.parse(readFileSync(file, 'utf8')) as { 'bulgaria-outsourcing': { years: Array<{ year: number }> } };
		const years = json['bulgaria-outsourcing'].years;
		expect(years.map((y) => y.year)).toContain(2023);
		json['bulgaria-outsourcing'].years = years.filter((y) => y.year !== 2023);
		writeFileSync(file, JSON.stringify(json, null, '\t'));
		const { code, output } = await statsProject.astro('sync');
		expect(code).not.toBe(0);
		expect(output).toContain('stats → bulgaria-outsourcing');
		expect(output).toContain('src/content/stats/bulgaria-market.json');
		expect(output).toMatch(/years\.\d+\.year: missing data for 2023\b/);
	} finally {
		statsProject.remove();
	}
}, 60_000);
