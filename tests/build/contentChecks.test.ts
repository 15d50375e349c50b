// Content mistakes stop the build before Astro starts (src/build/integrations/contentChecks.ts), naming each file and
// the reason, every mistake of a build at once: proven on builds of a small fixture site.
import { describe, expect, test } from 'vitest';
import { fixtureSite, type FixtureSite } from './support/fixtureSite';

const GUIDE = 'src/content/guides/en/outsourcing-by-location.mdx';

/** Builds the fixture site after `change`, expects the build to fail and returns what it printed. */
async function failedBuild(change: (site: FixtureSite) => void): Promise<string> {
	const site = fixtureSite();
	change(site);
	const { ok, output } = await site.build();
	expect(ok, `the build should have failed; it printed:\n${output}`).toBe(false);
	return output;
}

describe('the build fails before it starts, naming the file and the reason', () => {
	test('on a citation of an unknown source or a link to an unknown glossary term', async () => {
		const output = await failedBuild((s) => {
			s.append(GUIDE, '\nA claim <Cite id="zapsp-art-999" /> about a <Term id="no-such-term">term</Term>.\n');
		});
		expect(output).toContain(GUIDE);
		expect(output).toContain('<Cite id="zapsp-art-999" />: no source "zapsp-art-999" in src/content/sources/');
		expect(output).toContain('<Term id="no-such-term">: no glossary term "no-such-term" in src/content/glossary/');
	});

	test('on a source whose law does not exist', async () => {
		const output = await failedBuild((s) => {
			s.edit('src/content/sources/zapsp-art-42.yaml', (text) => text.replace('law: zapsp', 'law: zapsp-1993'));
		});
		expect(output).toContain('src/content/sources/zapsp-art-42.yaml');
		expect(output).toContain('law: no law "zapsp-1993" in src/content/laws/');
	});

	test('on a clause citing an unknown source or asking for an unknown deal field', async () => {
		const CLAUSE = 'src/content/clauses/confidentiality.yaml';
		const output = await failedBuild((s) => {
			s.edit(CLAUSE, (text) => text.replaceAll('<Cite id="zapsp-art-42" />', '<Cite id="zzd-art-999" />').replace('{confidentialityPeriod}.', '{secretPeriod}.'));
		});
		expect(output).toContain(`${CLAUSE}\n  - law.en: <Cite id="zzd-art-999" />: no source "zzd-art-999" in src/content/sources/`);
		expect(output).toContain('wording.en.0: {secretPeriod} is not a deal field (the fields are listed in src/lib/clauses/fields.ts)');
	});

	test('on a clause whose recommendation names an answer the calculator does not have, or a defined term that does not exist', async () => {
		const RULE = 'src/content/clauses/confidentiality.yaml';
		const TERM = 'src/content/clauses/ownership-of-results.yaml';
		const output = await failedBuild((s) => {
			s.edit(RULE, (text) => text.replace('recommend:\n', 'recommend:\n  when:\n  - location: [moon]\n    reason: { en: Far away., bg: Далеч. }\n'));
			s.edit(TERM, (text) => text.replace('definitions:\n- results', 'definitions:\n- no-such-term'));
		});
		expect(output).toContain(RULE);
		expect(output).toMatch(/recommend\.when\.0\.location\.0/);
		expect(output).toContain(`${TERM}\n  - definitions: no defined term "no-such-term" in src/content/definitions/`);
	});

	test('on two guides of one language sharing an order, naming both files', async () => {
		const output = await failedBuild((s) => {
			s.edit('src/content/guides/bg/what-is-outsourcing.mdx', (text) => text.replace(/^order: 1$/m, 'order: 3'));
		});
		expect(output).toContain('order 3: src/content/guides/bg/outsourcing-by-location.mdx, src/content/guides/bg/what-is-outsourcing.mdx');
	});

	test('on a second file whose name makes the same slug as a guide (Astro would keep one of them), naming both files', async () => {
		const output = await failedBuild((s) => {
			s.write('src/content/guides/en/Outsourcing By Location.mdx', s.read(GUIDE).replace(/^order: 3$/m, 'order: 30'));
		});
		expect(output).toContain(`src/content/guides/en/Outsourcing By Location.mdx and ${GUIDE} both make the guide "en/outsourcing-by-location"`);
	});

	test('on an FAQ answer linking to a guide section that does not exist, naming the YAML file before any page is built', async () => {
		const output = await failedBuild((s) => {
			s.edit('src/content/faq/own-the-code.yaml', (text) => text.replace('contract-clauses#grant-of-rights', 'contract-clauses#grant-of-rites'));
		});
		expect(output).toContain('src/content/faq/own-the-code.yaml');
		expect(output).toContain('more: "contract-clauses#grant-of-rites": the en guide has no section "#grant-of-rites"');
		expect(output).not.toContain('dist/');
	});

	test('on an impossible date, saying how to write one', async () => {
		const output = await failedBuild((s) => {
			s.edit(GUIDE, (text) => text.replace(/^pubDate: .*$/m, 'pubDate: 2026-13-45'));
		});
		expect(output).toContain(`${GUIDE}\n  - pubDate: missing or not a date: write it as YYYY-MM-DD, e.g. 2026-11-30`);
		expect(output).not.toContain('received Date');
	});

	test('on a guide that types a percentage instead of quoting the data set', async () => {
		const output = await failedBuild((s) => {
			s.append(GUIDE, '\nBy 2025 adoption had reached 75 percent.\n');
		});
		expect(output).toContain(GUIDE);
		expect(output).toContain('"75 percent" is a typed percentage');
	});

	test('on an MDX guide without a description', async () => {
		const output = await failedBuild((s) => {
			s.edit(GUIDE, (text) => text.replace(/^description: .*$/m, ''));
		});
		expect(output).toContain(GUIDE);
		expect(output).toMatch(/description/);
	});

	test('on several content mistakes at once, listing every one of them in a single build', async () => {
		const output = await failedBuild((s) => {
			s.edit(GUIDE, (text) => text.replace(/^description: .*$/m, ''));
			s.append('src/content/guides/bg/what-is-outsourcing.mdx', '\n<Cite id="no-such-source" />\n');
			s.edit('src/content/glossary/nda.yaml', (text) => text.replace(/^guide: .*$/m, 'guide: Not A Slug'));
		});
		expect(output).toContain('The content has 3 problem(s)');
		expect(output).toContain(GUIDE);
		expect(output).toContain('<Cite id="no-such-source" />: no source "no-such-source"');
		expect(output).toContain('src/content/glossary/nda.yaml');
	});

	test("on a statistics file with a JSON syntax error, naming file, line and column, even with last build's data cached", async () => {
		const site = fixtureSite();
		expect(await site.sync()).toEqual({ ok: true, output: '' });
		site.edit('src/content/stats/bulgaria-market.json', (text) => text.replace('"adoptionPercent": 45,', '"adoptionPercent": 45'));
		const built = await site.build();
		expect(built.ok).toBe(false);
		expect(built.output).toMatch(/src\/content\/stats\/bulgaria-market\.json:\d+:\d+: invalid JSON/);
		// Past the pre-check (a sync only reports it), the loader itself refuses the file instead of keeping the cached figures.
		const synced = await site.sync();
		expect(synced.ok).toBe(false);
		expect(synced.output).toMatch(/src\/content\/stats\/bulgaria-market\.json:\d+:\d+: invalid JSON/);
	});
});
