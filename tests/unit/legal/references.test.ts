import { describe, expect, test } from 'vitest';
import {
	CLAUSE_LIBRARY_MARKER,
	expandClauseLibrary,
	findDanglingReferences,
	findUnknownGuideReferences,
	formatDanglingReferences,
	showsClauseLibrary,
} from '@/lib/legal/references';

const laws = new Set(['zapsp', 'gdpr']);
const sources = [
	{ id: 'zapsp-art-42', file: 'src/content/sources/zapsp-art-42.yaml', law: 'zapsp' },
	{ id: 'gdpr-art-28', file: 'src/content/sources/gdpr-art-28.yaml', law: 'gdpr' },
];
const term = (id: string, refs: { sources?: string[]; related?: string[] } = {}) => ({
	id,
	file: `src/content/glossary/${id}.yaml`,
	sources: refs.sources ?? [],
	related: refs.related ?? [],
});

describe('findDanglingReferences', () => {
	test('finds nothing when every law, source and term exists', () => {
		const glossary = [term('nda', { sources: ['zapsp-art-42'], related: ['processor'] }), term('processor', { sources: ['gdpr-art-28'] })];
		expect(findDanglingReferences({ laws, sources, glossary })).toEqual([]);
	});

	test('names the source file whose law does not exist', () => {
		const problems = findDanglingReferences({ laws, sources: [...sources, { id: 'x', file: 'src/content/sources/x.yaml', law: 'zzz' }], glossary: [] });
		expect(problems).toEqual([{ file: 'src/content/sources/x.yaml', message: 'law: no law "zzz" in src/content/laws/' }]);
	});

	test('names the glossary file for each unknown source and related term, once per id', () => {
		const problems = findDanglingReferences({ laws, sources, glossary: [term('nda', { sources: ['nope', 'nope', 'gdpr-art-28'], related: ['ghost'] })] });
		expect(problems).toEqual([
			{ file: 'src/content/glossary/nda.yaml', message: 'sources: no source "nope" in src/content/sources/' },
			{ file: 'src/content/glossary/nda.yaml', message: 'related: no glossary term "ghost" in src/content/glossary/' },
		]);
	});
});

test('findDanglingReferences names the FAQ file whose sources do not exist', () => {
	const faq = [{ id: 'own-code', file: 'src/content/faq/own-code.yaml', sources: ['zapsp-art-42', 'zapsp-art-999'] }];
	expect(findDanglingReferences({ laws, sources, glossary: [], faq })).toEqual([
		{ file: 'src/content/faq/own-code.yaml', message: 'sources: no source "zapsp-art-999" in src/content/sources/' },
	]);
});

describe('findUnknownGuideReferences', () => {
	const known = { sources: new Set(['zapsp-art-42']), terms: new Set(['nda']) };
	const file = 'src/content/guides/en/x.mdx';

	test('accepts known ids, cited any number of times', () => {
		expect(findUnknownGuideReferences(file, { citations: ['zapsp-art-42', 'zapsp-art-42'], terms: ['nda'] }, known)).toEqual([]);
	});

	test('reports every unknown citation and term, naming the guide file and the component', () => {
		expect(findUnknownGuideReferences(file, { citations: ['zapsp-art-43', 'zapsp-art-42'], terms: ['nad'] }, known)).toEqual([
			{ file, message: '<Cite id="zapsp-art-43" />: no source "zapsp-art-43" in src/content/sources/' },
			{ file, message: '<Term id="nad">: no glossary term "nad" in src/content/glossary/' },
		]);
	});
});

test('formatDanglingReferences groups the problems under their file', () => {
	const text = formatDanglingReferences([
		{ file: 'a.mdx', message: 'one' },
		{ file: 'b.yaml', message: 'two' },
		{ file: 'a.mdx', message: 'three' },
	]);
	expect(text).toBe('a.mdx\n  - one\n  - three\nb.yaml\n  - two');
});

test('expandClauseLibrary puts the library’s references where the guide shows it; a guide without it is unchanged', () => {
	const library = { citations: ['x', 'y'], terms: ['escrow'] };
	const guide = { citations: ['a', CLAUSE_LIBRARY_MARKER, 'b'], terms: [CLAUSE_LIBRARY_MARKER, 'nda'] };
	expect(showsClauseLibrary(guide)).toBe(true);
	expect(expandClauseLibrary(guide, library)).toEqual({ citations: ['a', 'x', 'y', 'b'], terms: ['escrow', 'nda'] });
	const plain = { citations: ['a'], terms: [] };
	expect(showsClauseLibrary(plain)).toBe(false);
	expect(expandClauseLibrary(plain, library)).toEqual(plain);
});

test('findUnknownGuideReferences does not take the clause library’s marker for an unknown id', () => {
	const known = { sources: new Set(['a']), terms: new Set<string>() };
	expect(findUnknownGuideReferences('g.mdx', { citations: ['a', CLAUSE_LIBRARY_MARKER], terms: [CLAUSE_LIBRARY_MARKER] }, known)).toEqual([]);
});
