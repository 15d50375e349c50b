// The content pre-check on the build tier's fixture site (tests/build/fixtures/site): clean as it is, and every injected
// mistake reported at once. (The site's own content is checked by every build, which runs the same function.)
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContentFiles } from '@/build/integrations/contentChecks';
import { slug } from 'github-slugger';
import { findContentProblems, type ContentFiles } from '@/build/checks/contentProblems';
import { DATE_MESSAGE } from '@/schemas/calendarDate';

const FIXTURE = join(import.meta.dirname, '..', '..', 'build', 'fixtures', 'site');
const real = readContentFiles(FIXTURE);

/** The real content with one file's text changed. */
function edit(files: ContentFiles, kind: keyof ContentFiles, file: string, change: (text: string) => string): ContentFiles {
	const list = files[kind] as readonly { file: string; text: string }[];
	expect(list.some((f) => f.file === file), `${file} exists`).toBe(true);
	return { ...files, [kind]: list.map((f) => (f.file === file ? { ...f, text: change(f.text) } : f)) };
}

const GUIDE = 'src/content/guides/en/outsourcing-by-location.mdx';

describe('findContentProblems', () => {
	test('finds nothing wrong in the fixture as it is', async () => {
		expect(real.guides.length).toBeGreaterThanOrEqual(6);
		expect(await findContentProblems(real)).toEqual([]);
	});

	test('reports every mistake in every file at once, each with its file', async () => {
		let files = edit(real, 'guides', GUIDE, (t) => t.replace(/^description: .*$/m, '').concat('\nSee <Cite id="zapsp-art-999" /> and 75 %.\n'));
		files = edit(files, 'guides', 'src/content/guides/bg/what-is-outsourcing.mdx', (t) => t.replace(/^order: 1$/m, 'order: 2'));
		files = edit(files, 'sources', 'src/content/sources/zapsp-art-42.yaml', (t) => t.replace('law: zapsp', 'law: nope').replace(/^checked: .*$/m, 'checked: soon'));
		files = edit(files, 'glossary', 'src/content/glossary/nda.yaml', (t) => t.replace('guide: contract-clauses#confidentiality', 'guide: no-such-guide#nda'));
		files = edit(files, 'laws', 'src/content/laws/zapsp.yaml', (t) => `${t}\n  : : broken`);
		files = edit(files, 'stats', 'src/content/stats/bulgaria-market.json', (t) => t.replace('"adoptionPercent": 45,', '"adoptionPercent": 45'));
		const problems = await findContentProblems(files);
		const text = problems.map((p) => `${p.file}: ${p.message}`).join('\n');
		expect(text).toContain(`${GUIDE}: description:`);
		expect(text).toMatch(new RegExp(`${GUIDE}: line \\d+: "75 %" is a typed percentage`));
		expect(text).toContain('src/content/guides: Each guide needs its own order');
		expect(text).toContain('src/content/guides/bg/contract-clauses.mdx, src/content/guides/bg/what-is-outsourcing.mdx');
		expect(text).toContain('src/content/sources/zapsp-art-42.yaml: checked:');
		expect(text).toContain('src/content/glossary/nda.yaml: guide: no en guide "no-such-guide"');
		expect(text).toContain('src/content/laws/zapsp.yaml: invalid YAML');
		expect(text).toMatch(/src\/content\/stats\/bulgaria-market\.json: src\/content\/stats\/bulgaria-market\.json:\d+:\d+: invalid JSON/);
	});

	test('reports unknown citations and a source whose law is missing', async () => {
		let files = edit(real, 'guides', GUIDE, (t) => `${t}\n<Cite id="zapsp-art-999" /> <Term id="no-term">x</Term>\n`);
		files = edit(files, 'sources', 'src/content/sources/zapsp-art-42.yaml', (t) => t.replace('law: zapsp', 'law: nope'));
		const messages = (await findContentProblems(files)).map((p) => `${p.file}: ${p.message}`);
		expect(messages).toContain(`${GUIDE}: <Cite id="zapsp-art-999" />: no source "zapsp-art-999" in src/content/sources/`);
		expect(messages).toContain(`${GUIDE}: <Term id="no-term">: no glossary term "no-term" in src/content/glossary/`);
		expect(messages).toContain('src/content/sources/zapsp-art-42.yaml: law: no law "nope" in src/content/laws/');
	});

	test('one broken source is reported once, with no false "no source" against the entries that name it', async () => {
		const files = edit(real, 'sources', 'src/content/sources/zapsp-art-42.yaml', (t) => t.replace(/^checked: .*$/m, 'checked: soon'));
		const messages = (await findContentProblems(files)).map((p) => `${p.file}: ${p.message}`);
		expect(messages.filter((m) => m.startsWith('src/content/sources/zapsp-art-42.yaml: checked:'))).toHaveLength(1);
		expect(messages.filter((m) => m.includes('no source'))).toEqual([]);
	});

	test('an impossible date says what a date must look like, not "expected date, received Date"', async () => {
		const files = edit(real, 'guides', GUIDE, (t) => t.replace(/^pubDate: .*$/m, 'pubDate: 2026-13-45'));
		const messages = (await findContentProblems(files)).map((p) => `${p.file}: ${p.message}`);
		expect(messages).toEqual([`${GUIDE}: pubDate: ${DATE_MESSAGE}`]);
	});

	test('two guide files whose names make the same slug fail, naming both files', async () => {
		const original = real.guides.find((g) => g.file === GUIDE)!;
		for (const name of ['outsourcing by location', 'Outsourcing-By-Location']) {
			const copy = { ...original, file: `src/content/guides/en/${name}.mdx`, slug: slug(name) };
			const problems = await findContentProblems({ ...real, guides: [...real.guides, copy] });
			expect(problems).toEqual([
				{
					file: 'src/content/guides/en',
					message: `${GUIDE} and ${copy.file} both make the guide "en/outsourcing-by-location" (a slug is the file name in lower case, spaces as hyphens); one would replace the other: rename or remove one`,
				},
			]);
		}
	});

	test('a link from the FAQ or the glossary to a section a guide does not have fails, naming the YAML file and the guide', async () => {
		let files = edit(real, 'faq', 'src/content/faq/own-the-code.yaml', (t) => t.replace('contract-clauses#grant-of-rights', 'contract-clauses#grant-of-rites'));
		files = edit(files, 'glossary', 'src/content/glossary/nda.yaml', (t) => t.replace('contract-clauses#confidentiality', 'contract-clauses#secrecy'));
		const messages = (await findContentProblems(files)).map((p) => `${p.file}: ${p.message}`);
		expect(messages).toEqual([
			'src/content/glossary/nda.yaml: guide: "contract-clauses#secrecy": the bg guide has no section "#secrecy" (a heading\'s {#anchor} in src/content/guides/bg/contract-clauses.mdx)',
			'src/content/glossary/nda.yaml: guide: "contract-clauses#secrecy": the en guide has no section "#secrecy" (a heading\'s {#anchor} in src/content/guides/en/contract-clauses.mdx)',
			'src/content/faq/own-the-code.yaml: more: "contract-clauses#grant-of-rites": the bg guide has no section "#grant-of-rites" (a heading\'s {#anchor} in src/content/guides/bg/contract-clauses.mdx)',
			'src/content/faq/own-the-code.yaml: more: "contract-clauses#grant-of-rites": the en guide has no section "#grant-of-rites" (a heading\'s {#anchor} in src/content/guides/en/contract-clauses.mdx)',
		]);
	});
});

test('readContentFiles gives each guide the slug Astro makes of its file name', () => {
	expect(real.guides.map((g) => g.slug)).toEqual(real.guides.map((g) => g.file.replace(/^.*\/|\.mdx$/g, '')));
	expect(slug('Choosing A Partner')).toBe('choosing-a-partner');
});
