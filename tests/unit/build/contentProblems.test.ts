// The content pre-check on the build tier's fixture site (tests/build/fixtures/site): clean as it is, and every injected
// mistake reported at once. (The site's own content is checked by every build, which runs the same function.)
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContentFiles } from '@/build/integrations/contentChecks';
import { slug } from 'github-slugger';
import { findContentProblems, findStaleSources, findUnverifiedQuotations, formatStaleSources, type ContentFiles } from '@/build/checks/contentProblems';
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

	describe('the clause library', () => {
		const CLAUSE = 'src/content/clauses/confidentiality.yaml';
		const messagesOf = async (files: ContentFiles) => (await findContentProblems(files)).map((p) => `${p.file}: ${p.message}`);

		test('reports unknown sources, terms, fields and defined terms, naming the clause and the field', async () => {
			const files = edit(real, 'clauses', CLAUSE, (t) =>
				t
					.replace('copyright stays with the author <Cite id="zapsp-art-42" />.', 'see <Cite id="zzd-art-999" /> and <Term id="no-term">x</Term>.')
					.replace('Изпълнителят го пази {confidentialityPeriod}.', 'Изпълнителят го пази {secretPeriod} {оops.')
					.concat('definitions:\n- no-such-definition\n'),
			);
			const messages = await messagesOf(files);
			expect(messages).toContain(`${CLAUSE}: law.en: <Cite id="zzd-art-999" />: no source "zzd-art-999" in src/content/sources/`);
			expect(messages).toContain(`${CLAUSE}: law.en: <Term id="no-term">: no glossary term "no-term" in src/content/glossary/`);
			expect(messages).toContain(`${CLAUSE}: law: the languages cite different sources (en: zzd-art-999; bg: zapsp-art-42)`);
			expect(messages).toContain(`${CLAUSE}: wording.bg.0: {secretPeriod} is not a deal field (the fields are listed in src/lib/clauses/fields.ts)`);
			expect(messages.some((m) => m.startsWith(`${CLAUSE}: wording.bg.0: a stray brace`))).toBe(true);
			expect(messages).toContain(`${CLAUSE}: definitions: no defined term "no-such-definition" in src/content/definitions/`);
		});

		test('reports wording whose languages ask for different fields, and rich text that is not one inline paragraph', async () => {
			const files = edit(real, 'clauses', CLAUSE, (t) =>
				t.replace('Изпълнителят го пази {confidentialityPeriod}.', 'Изпълнителят го пази {exitPeriod}.').replace('adapt it.', '"- one\\n- two"').replace('a fixture risk.', 'see <Cite id="zapsp-art-42" />.'),
			);
			const messages = await messagesOf(files);
			expect(messages).toContain(`${CLAUSE}: wording.0: the languages use different deal fields (en: confidentialityPeriod; bg: exitPeriod)`);
			expect(messages).toContain(`${CLAUSE}: adapt.en: write one paragraph of inline text (no lists, headings or blank lines)`);
			expect(messages).toContain(`${CLAUSE}: risk.en: cite the law in "law" only (it becomes the clause's footnotes)`);
		});

		test('reports a safeguard no clause puts in place, one claimed twice and two clauses in one position', async () => {
			const files = edit(real, 'clauses', CLAUSE, (t) => t.replace('safeguard: nda', 'safeguard: audit').replace('order: 1', 'order: 2'));
			const messages = await messagesOf(files);
			expect(messages).toContain('src/content/clauses: no clause puts the calculator\'s safeguard "nda" in place (safeguard: nda)');
			expect(messages).toContain(
				`src/content/clauses: safeguard audit: src/content/clauses/audit-rights.yaml, ${CLAUSE} both claim it; give it to one, list it under supports in the others`,
			);
			expect(messages).toContain(`src/content/clauses: order 2: ${CLAUSE}, src/content/clauses/ownership-of-results.yaml share a position`);
		});

		test('reports a clause whose guide link leads to no guide', async () => {
			const files = edit(real, 'clauses', CLAUSE, (t) => `${t}guide: no-such-guide#x\n`);
			expect(await messagesOf(files)).toContain(`${CLAUSE}: guide: no en guide "no-such-guide" in src/content/guides/en/`);
		});
	});
});

describe('findStaleSources', () => {
	const SOURCE = 'src/content/sources/zapsp-art-42.yaml';

	test('names each source last checked more than a year before the build, with its date', () => {
		const files = edit(real, 'sources', SOURCE, (t) => t.replace(/^checked: .*$/m, 'checked: 2025-01-31'));
		const stale = findStaleSources(files.sources, new Date('2026-12-02T10:00:00Z'));
		expect(stale).toEqual([{ file: SOURCE, checked: new Date('2025-01-31T00:00:00Z') }]);
		expect(formatStaleSources(stale)).toBe(
			'1 legal source(s) not checked against the law for more than 12 months; read each provision again and update its "checked" date:\n' +
				`  - ${SOURCE}: last checked 2025-01-31`,
		);
	});

	test('names none while every source was checked within the year, and skips files it cannot read', () => {
		expect(findStaleSources(real.sources, new Date('2026-12-02T10:00:00Z'))).toEqual([]);
		const broken = edit(real, 'sources', SOURCE, (t) => t.replace(/^checked: .*$/m, 'checked: soon'));
		expect(findStaleSources(broken.sources, new Date('2030-01-01T00:00:00Z'))).toEqual([]);
	});
});

test('findUnverifiedQuotations names each source whose quotation carries a note instead of its own text', () => {
	const SOURCE = 'src/content/sources/zapsp-art-42.yaml';
	expect(findUnverifiedQuotations(real.sources)).toEqual([]);
	const noted = edit(real, 'sources', SOURCE, (t) => `${t}quoteNote:\n  en: Quoted through another article.\n  bg: Цитирано чрез друг член.\n`);
	expect(findUnverifiedQuotations(noted.sources)).toEqual([
		{ file: SOURCE, message: "quoteNote: the quotation is not yet the provision's own current text; read it, quote it and remove quoteNote" },
	]);
});


test('readContentFiles gives each guide the slug Astro makes of its file name', () => {
	expect(real.guides.map((g) => g.slug)).toEqual(real.guides.map((g) => g.file.replace(/^.*\/|\.mdx$/g, '')));
	expect(slug('Choosing A Partner')).toBe('choosing-a-partner');
});
