// The build must stop on broken content and say which file and which field: proven on a real Astro sync.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyProject, type ProjectCopy } from '../../support/projectCopy';

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
