// A guide published in English before its Bulgarian translation exists still builds, and links only where it can.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { copyProject } from '../../../scripts/lib/projectCopy.ts';

test('an untranslated guide: no hreflang to a missing page, and the switcher leads to the Bulgarian guide index', async () => {
	const project = copyProject();
	try {
		const source = readFileSync(join(project.dir, 'src/content/guides/en/what-is-outsourcing.mdx'), 'utf8');
		writeFileSync(join(project.dir, 'src/content/guides/en/new-guide.mdx'), source.replace(/^order: 1$/m, 'order: 99'));
		const { code, output } = await project.astro('build');
		expect(code, output).toBe(0);
		const html = readFileSync(join(project.dir, 'dist/guides/new-guide/index.html'), 'utf8');
		expect(html).toMatch(/<a href="\/bg\/guides\/"[^>]*data-language-switch/);
		expect(html).not.toContain('hreflang="bg" href="https://outsourcing-ip.example/bg/guides/new-guide/"');
		expect(html).toContain('hreflang="en" href="https://outsourcing-ip.example/guides/new-guide/"');
	} finally {
		project.remove();
	}
}, 120_000);
