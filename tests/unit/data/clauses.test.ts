// The clause library's queries over a mocked astro:content: library order, the safeguard → clause map the calculator
// links with, the library's references in reading order, and errors that name the file.
import { beforeEach, expect, test, vi } from 'vitest';

interface Entry {
	id: string;
	data: Record<string, unknown>;
	filePath?: string;
}

const collections = vi.hoisted(() => new Map<string, Entry[]>());

vi.mock('astro:content', () => ({
	getCollection: (name: string) => Promise.resolve(collections.get(name) ?? []),
}));

const both = (text: string) => ({ en: text, bg: text });
const clause = (id: string, order: number, extra: Record<string, unknown> = {}) => ({
	id,
	filePath: `src/content/clauses/${id}.yaml`,
	data: {
		order,
		title: both(id),
		risk: both('A risk.'),
		supports: [],
		recommend: { when: [] },
		wording: { en: ['Keep it for {confidentialityPeriod}.'], bg: ['Пазете го {confidentialityPeriod}.'] },
		definitions: [],
		adapt: both('Adapt.'),
		mistakes: both('Mistakes.'),
		law: both(`Law <Cite id="${id}-law" />.`),
		...extra,
	},
});

beforeEach(() => {
	vi.resetModules();
	collections.clear();
});

const load = () => import('@/data/clauses');

test('getClauses gives the clauses in library order, wording read into segments and each clause’s sources', async () => {
	collections.set('clauses', [clause('second', 2), clause('first', 1, { law: both('A <Cite id="b" /> and <Cite id="a" /> then <Cite id="b" />.') })]);
	const clauses = await (await load()).getClauses();
	expect(clauses.map((c) => c.id)).toEqual(['first', 'second']);
	expect(clauses[0]?.sources).toEqual(['b', 'a']);
	expect(clauses[1]?.wording.bg).toEqual([[{ text: 'Пазете го ' }, { field: 'confidentialityPeriod' }, { text: '.' }]]);
});

test('getClauses names the file and the field of text that does not parse', async () => {
	collections.set('clauses', [clause('broken', 1, { adapt: both('- a\n- list') })]);
	await expect((await load()).getClauses()).rejects.toThrow('src/content/clauses/broken.yaml: adapt.en: write one paragraph');
});

test('getSafeguardClauses maps every safeguard to the clause that puts it in place, and fails on one without', async () => {
	const safeguards = ['nda', 'ip-clause', 'assignment', 'non-compete', 'audit', 'oversight', 'timesheets', 'licence-check', 'access-control'];
	collections.set(
		'clauses',
		safeguards.map((s, i) => clause(`clause-${s}`, i + 1, { safeguard: s, supports: i === 0 ? ['audit'] : [] })),
	);
	const map = await (await load()).getSafeguardClauses();
	expect(map.audit).toBe('clause-audit');
	expect(Object.keys(map)).toEqual(safeguards);

	vi.resetModules();
	collections.set('clauses', [clause('only-nda', 1, { safeguard: 'nda' })]);
	await expect((await load()).getSafeguardClauses()).rejects.toThrow('no clause puts the safeguard "ip-clause" in place');
});

test('getClauseReferences lists the library’s citations and term links in reading order, per language', async () => {
	collections.set('clauses', [
		clause('b', 2, { law: { en: 'Law <Cite id="x" />.', bg: 'Право <Cite id="x" />.' } }),
		clause('a', 1, { risk: { en: 'An <Term id="nda">NDA</Term>.', bg: 'Рискът.' }, law: both('Law <Cite id="y" />.') }),
	]);
	const { getClauseReferences } = await load();
	expect(await getClauseReferences('en')).toEqual({ citations: ['y', 'x'], terms: ['nda'] });
	expect(await getClauseReferences('bg')).toEqual({ citations: ['y', 'x'], terms: [] });
});

test('getDefinitions orders the defined terms and reads their text into segments', async () => {
	collections.set('definitions', [
		{ id: 'provider', data: { order: 2, always: true, term: both('Provider'), text: both('{provider}.') } },
		{ id: 'client', data: { order: 1, always: true, term: both('Client'), text: both('{client}, the buyer.') } },
	]);
	const definitions = await (await load()).getDefinitions();
	expect(definitions.map((d) => d.id)).toEqual(['client', 'provider']);
	expect(definitions[0]?.text.en).toEqual([{ field: 'client' }, { text: ', the buyer.' }]);
});

test('countClauseWords counts titles, rich texts and wording a reader reads', async () => {
	collections.set('clauses', [clause('one', 1)]);
	// "one" + "A risk." + "Adapt." + "Mistakes." + "Law ." + "Keep it for {confidentialityPeriod}."
	expect(await (await load()).countClauseWords('en')).toBe(1 + 2 + 1 + 1 + 2 + 4);
});
