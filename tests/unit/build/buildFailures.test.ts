// The build refuses to publish broken content, and says where: proven on real builds of a throw-away copy.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyProject } from '../../../scripts/lib/projectCopy.ts';

const GUIDE = 'src/content/guides/en/outsourcing-by-location.mdx';

/** Builds a copy of the project after `change` and returns the build's exit code and output. */
async function buildWith(change: (dir: string) => void) {
	const project = copyProject();
	try {
		change(project.dir);
		return await project.astro('build');
	} finally {
		project.remove();
	}
}

const editFile = (dir: string, file: string, edit: (text: string) => string) => writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));

describe('the build fails, naming the file and the reason', { timeout: 120_000 }, () => {
	test('on a broken internal link', async () => {
		const { code, output } = await buildWith((dir) => appendFileSync(join(dir, GUIDE), '\nSee [the missing guide](/guides/no-such-guide/).\n'));
		expect(code).not.toBe(0);
		expect(output).toContain('dist/guides/outsourcing-by-location/index.html');
		expect(output).toContain('broken link "/guides/no-such-guide/"');
	});

	test('on a link to a section that does not exist', async () => {
		const { code, output } = await buildWith((dir) => appendFileSync(join(dir, GUIDE), '\nSee [NDAs](/guides/protecting-ip-when-outsourcing/#no-such-section).\n'));
		expect(code).not.toBe(0);
		expect(output).toContain('has no id "no-such-section"');
	});

	test('on an image without alt text', async () => {
		const { code, output } = await buildWith((dir) => appendFileSync(join(dir, GUIDE), '\n![](/og-image.png)\n'));
		expect(code).not.toBe(0);
		expect(output).toContain('dist/guides/outsourcing-by-location/index.html');
		expect(output).toContain('image /og-image.png has no alt text');
	});

	test('on an unknown guide in previous/next', async () => {
		const { code, output } = await buildWith((dir) => editFile(dir, GUIDE, (text) => text.replace(/^order: 3$/m, 'order: 3\nnext: "no-such-guide"')));
		expect(code).not.toBe(0);
		expect(output).toContain('outsourcing-by-location.mdx');
		expect(output).toContain('sets next: "no-such-guide", which is not another guide in its language');
	});

	test('on a guide quoting a year the data set does not cover', async () => {
		const market = 'src/content/guides/en/bulgarian-outsourcing-market.mdx';
		const { code, output } = await buildWith((dir) => editFile(dir, market, (text) => text.replace('<AdoptionFigure year={2021} />', '<AdoptionFigure year={2019} />')));
		expect(code).not.toBe(0);
		expect(output).toContain('the market data set has no figure for 2019');
	});

	test('on a citation of an unknown source or a link to an unknown glossary term', async () => {
		const { code, output } = await buildWith((dir) =>
			appendFileSync(join(dir, GUIDE), '\nA claim <Cite id="zapsp-art-999" /> about a <Term id="no-such-term">term</Term>.\n'),
		);
		expect(code).not.toBe(0);
		expect(output).toContain('src/content/guides/en/outsourcing-by-location.mdx');
		expect(output).toContain('<Cite id="zapsp-art-999" />: no source "zapsp-art-999" in src/content/sources/');
		expect(output).toContain('<Term id="no-such-term">: no glossary term "no-such-term" in src/content/glossary/');
	});

	test('on a source whose law does not exist', async () => {
		const { code, output } = await buildWith((dir) => editFile(dir, 'src/content/sources/zapsp-art-42.yaml', (text) => text.replace('law: zapsp', 'law: zapsp-1993')));
		expect(code).not.toBe(0);
		expect(output).toContain('src/content/sources/zapsp-art-42.yaml');
		expect(output).toContain('law: no law "zapsp-1993" in src/content/laws/');
	});

	test('on a statistics file with a JSON syntax error, naming file, line and column, even with last build\'s data cached', async () => {
		const project = copyProject();
		try {
			expect((await project.astro('build')).code).toBe(0);
			editFile(project.dir, 'src/content/stats/bulgaria-market.json', (text) => text.replace('"adoptionPercent": 45,', '"adoptionPercent": 45'));
			const { code, output } = await project.astro('build');
			expect(code).not.toBe(0);
			expect(output).toMatch(/src\/content\/stats\/bulgaria-market\.json:\d+:\d+: invalid JSON/);
		} finally {
			project.remove();
		}
	});

	test('on two guides of one language sharing an order, naming both files', async () => {
		const { code, output } = await buildWith((dir) =>
			editFile(dir, 'src/content/guides/bg/common-outsourcing-abuses.mdx', (text) => text.replace(/^order: 4$/m, 'order: 3')),
		);
		expect(code).not.toBe(0);
		expect(output).toContain('order 3: src/content/guides/bg/common-outsourcing-abuses.mdx, src/content/guides/bg/outsourcing-by-location.mdx');
	});

	test('on MDX markup the CSP would block, and duplicate ids, listing every problem in one run', async () => {
		const { code, output } = await buildWith((dir) =>
			appendFileSync(join(dir, GUIDE), '\n<p style="color: red">Red</p>\n\n<a href="javascript:void(0)">Run</a>\n\n<iframe src="/"></iframe>\n\n<span id="onshoring">again</span>\n'),
		);
		expect(code).not.toBe(0);
		expect(output).toContain('dist/guides/outsourcing-by-location/index.html');
		for (const message of ['<p style="…">: the CSP blocks inline styles', 'javascript: link on <a>', '<iframe>: the site embeds nothing', 'id "onshoring" is used 2 times']) {
			expect(output).toContain(message);
		}
	});

	test('on a guide that types a percentage instead of quoting the data set', async () => {
		const { code, output } = await buildWith((dir) => appendFileSync(join(dir, GUIDE), '\nBy 2025 adoption had reached 75 percent.\n'));
		expect(code).not.toBe(0);
		expect(output).toContain('src/content/guides/en/outsourcing-by-location.mdx');
		expect(output).toContain('"75 percent" is a typed percentage');
	});

	test('on several content mistakes at once, listing every one of them in a single build', async () => {
		const { code, output } = await buildWith((dir) => {
			editFile(dir, GUIDE, (text) => text.replace(/^description: .*$/m, ''));
			editFile(dir, 'src/content/guides/bg/what-is-outsourcing.mdx', (text) => `${text}\n<Cite id="no-such-source" />\n`);
			editFile(dir, 'src/content/glossary/nda.yaml', (text) => text.replace(/^guide: .*$/m, 'guide: Not A Slug'));
		});
		expect(code).not.toBe(0);
		expect(output).toContain('The content has 3 problem(s)');
		expect(output).toContain('src/content/guides/en/outsourcing-by-location.mdx');
		expect(output).toContain('<Cite id="no-such-source" />: no source "no-such-source"');
		expect(output).toContain('src/content/glossary/nda.yaml');
	});

	test('on an MDX guide without a description', async () => {
		const { code, output } = await buildWith((dir) => editFile(dir, GUIDE, (text) => text.replace(/^description: .*$/m, '')));
		expect(code).not.toBe(0);
		expect(output).toContain('src/content/guides/en/outsourcing-by-location.mdx');
		expect(output).toMatch(/description/);
	});
});
