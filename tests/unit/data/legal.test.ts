// The content queries of src/data/ over a mocked astro:content: their ordering, grouping and errors (which name the
// file) need collections, not a build.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { getCitingPages, getGlossary, getLawsWithSources, resolveGuideReferences } from '@/data/legal';

/** The entries each collection holds in a test: only the fields the queries read. */
interface Entry {
	id: string;
	data: Record<string, unknown>;
	filePath?: string;
	body?: string;
	/** What the guideReferences Markdown plugin would have collected from a guide. */
	references?: { citations: string[]; terms: string[] };
}

const collections = vi.hoisted(() => new Map<string, Entry[]>());

vi.mock('astro:content', () => ({
	getCollection: (name: string, filter: (entry: Entry) => boolean = () => true) => Promise.resolve((collections.get(name) ?? []).filter(filter)),
	render: (entry: Entry) => Promise.resolve({ remarkPluginFrontmatter: { ...entry.references } }),
}));

const law = (id: string, jurisdiction: string, short: string) => ({ id, data: { jurisdiction, short: { en: short, bg: short } } });
const source = (id: string, lawId: string, pinpoint: string) => ({ id, filePath: `src/content/sources/${id}.yaml`, data: { law: lawId, pinpoint: { en: pinpoint, bg: pinpoint } } });
const term = (id: string, en: string, bg: string) => ({ id, data: { term: { en, bg }, sources: [], related: [] } });
const faq = (id: string, order: number, sources: string[]) => ({ id, data: { order, sources, question: { en: `${id}?`, bg: `${id}?` } } });
const guide = (id: string, order: number, citations: string[]) => ({ id, filePath: `src/content/guides/${id}.mdx`, body: 'Text.', data: { order, title: id }, references: { citations, terms: [] } });

beforeEach(() => {
	collections.clear();
	collections.set('laws', [law('nyc', 'international', 'New York Convention'), law('gdpr', 'eu', 'GDPR'), law('zzd', 'bg', 'ZZD'), law('zapsp', 'bg', 'ZAPSP')]);
	collections.set('sources', [
		source('zapsp-art-42', 'zapsp', 'Art. 42'),
		source('zapsp-art-9', 'zapsp', 'Art. 9'),
		source('zzd-art-92', 'zzd', 'Art. 92'),
		source('gdpr-art-28', 'gdpr', 'Art. 28'),
		source('nyc-art-3', 'nyc', 'Art. 3'),
	]);
	collections.set('glossary', [term('nda', 'Non-disclosure agreement', 'Споразумение за неразкриване'), term('escrow', 'Escrow', 'Ескроу')]);
	collections.set('faq', [faq('second', 2, ['zapsp-art-42']), faq('first', 1, ['zapsp-art-42', 'gdpr-art-28'])]);
	collections.set('guides', [guide('en/later', 2, ['zapsp-art-42']), guide('en/earlier', 1, ['zapsp-art-42', 'zapsp-art-42']), guide('bg/earlier', 1, ['zapsp-art-42'])]);
});

describe('resolveGuideReferences', () => {
	test('gives each cited source once, in the order the guide first cites it, with its law', async () => {
		const sources = await resolveGuideReferences('src/content/guides/en/x.mdx', { citations: ['gdpr-art-28', 'zapsp-art-42', 'gdpr-art-28'], terms: ['nda'] }, 'en');
		expect(sources.map((s) => [s.id, s.lawId, s.law.short.en])).toEqual([
			['gdpr-art-28', 'gdpr', 'GDPR'],
			['zapsp-art-42', 'zapsp', 'ZAPSP'],
		]);
	});

	test('fails on an unknown source or term, naming the guide file and every unknown id', async () => {
		await expect(resolveGuideReferences('src/content/guides/en/x.mdx', { citations: ['zapsp-art-999'], terms: ['no-term'] }, 'en')).rejects.toThrow(
			'src/content/guides/en/x.mdx\n  - <Cite id="zapsp-art-999" />: no source "zapsp-art-999" in src/content/sources/\n  - <Term id="no-term">: no glossary term "no-term" in src/content/glossary/',
		);
	});

	test('fails on a source whose law does not exist, naming the source file', async () => {
		collections.get('sources')?.push(source('x-art-1', 'no-such-law', 'Art. 1'));
		await expect(resolveGuideReferences('src/content/guides/en/x.mdx', { citations: [], terms: [] }, 'en')).rejects.toThrow(
			'src/content/sources/x-art-1.yaml\n  - law: no law "no-such-law" in src/content/laws/',
		);
	});
});

test('the sources page lists Bulgarian statutes, then EU acts, then treaties; the most cited law first; articles in numeric order', async () => {
	const laws = await getLawsWithSources('en');
	expect(laws.map((l) => [l.id, l.sources.map((s) => s.id)])).toEqual([
		['zapsp', ['zapsp-art-9', 'zapsp-art-42']],
		['zzd', ['zzd-art-92']],
		['gdpr', ['gdpr-art-28']],
		['nyc', ['nyc-art-3']],
	]);
});

test("the glossary is in the alphabetical order of the page's language", async () => {
	expect((await getGlossary('en')).map((g) => g.id)).toEqual(['escrow', 'nda']);
	expect((await getGlossary('bg')).map((g) => g.id)).toEqual(['escrow', 'nda']);
	collections.set('glossary', [term('b', 'B', 'Я'), term('a', 'A', 'Б')]);
	expect((await getGlossary('en')).map((g) => g.id)).toEqual(['a', 'b']);
	expect((await getGlossary('bg')).map((g) => g.id)).toEqual(['a', 'b']);
	collections.set('glossary', [term('a', 'A', 'Я'), term('b', 'B', 'Б')]);
	expect((await getGlossary('bg')).map((g) => g.id)).toEqual(['b', 'a']);
});

test("each source names the pages of the locale that cite it: guides in reading order, then FAQ answers in the FAQ's order, each once", async () => {
	const citing = await getCitingPages('en');
	expect(citing.get('zapsp-art-42')).toEqual([
		{ href: '/guides/earlier/', title: 'en/earlier' },
		{ href: '/guides/later/', title: 'en/later' },
		{ href: '/faq/#first', title: 'first?' },
		{ href: '/faq/#second', title: 'second?' },
	]);
	expect(citing.get('gdpr-art-28')).toEqual([{ href: '/faq/#first', title: 'first?' }]);
	expect((await getCitingPages('bg')).get('zapsp-art-42')?.[0]).toEqual({ href: '/bg/guides/earlier/', title: 'bg/earlier' });
});
