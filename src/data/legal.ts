// The legal layer the guides cite through: laws, their provisions (sources) and the glossary, checked for
// references to entries that do not exist, so a typo in an id fails the build naming the file.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getGuides } from '@/data/guides';
import { LOCALE_INFO, type Locale } from '@/lib/i18n/locales';
import { localizePath } from '@/lib/i18n/localizePath';
import { readGuideReferences } from '@/build/markdown/guideReferences';
import { getClauseReferences } from '@/data/clauses';
import {
	expandClauseLibrary,
	findDanglingReferences,
	findUnknownGuideReferences,
	formatDanglingReferences,
	showsClauseLibrary,
	type GuideReferences,
} from '@/lib/legal/references';

/** A provision together with the law it belongs to. */
export interface LegalSource {
	id: string;
	data: CollectionEntry<'sources'>['data'];
	law: CollectionEntry<'laws'>['data'];
	lawId: string;
}

export type GlossaryEntry = CollectionEntry<'glossary'>;

const fileOf = (entry: { id: string; filePath?: string | undefined }, folder: string) => entry.filePath ?? `src/content/${folder}/${entry.id}.yaml`;

/** Every law, source and glossary term by id; throws, naming the files, if any of them refers to a missing entry. */
export async function getLegalContent() {
	const [laws, sources, glossary, faq] = await Promise.all([getCollection('laws'), getCollection('sources'), getCollection('glossary'), getCollection('faq')]);
	const problems = findDanglingReferences({
		laws: new Set(laws.map((l) => l.id)),
		sources: sources.map((s) => ({ id: s.id, file: fileOf(s, 'sources'), law: s.data.law })),
		glossary: glossary.map((g) => ({ id: g.id, file: fileOf(g, 'glossary'), sources: g.data.sources, related: g.data.related })),
		faq: faq.map((q) => ({ id: q.id, file: fileOf(q, 'faq'), sources: q.data.sources })),
	});
	if (problems.length > 0) throw new Error(`Legal content refers to entries that do not exist:\n${formatDanglingReferences(problems)}`);
	const lawById = new Map(laws.map((l) => [l.id, l.data]));
	const sourceById = new Map<string, LegalSource>(
		sources.map((s) => [s.id, { id: s.id, data: s.data, law: lawById.get(s.data.law) as CollectionEntry<'laws'>['data'], lawId: s.data.law }]),
	);
	const byOrder = [...faq].sort((a, b) => a.data.order - b.data.order);
	return { lawById, sourceById, glossaryById: new Map(glossary.map((g) => [g.id, g])), faq: byOrder };
}

/** A guide's references as collected from its MDX, with the clause library's in its place where the guide shows it. */
export async function guideReferencesIn(references: GuideReferences, locale: Locale): Promise<GuideReferences> {
	return showsClauseLibrary(references) ? expandClauseLibrary(references, await getClauseReferences(locale)) : references;
}

/** The sources a guide cites, in the order it first cites them; throws, naming the guide's file, on an unknown id. */
export async function resolveGuideReferences(file: string, collected: GuideReferences, locale: Locale): Promise<LegalSource[]> {
	const { sourceById, glossaryById } = await getLegalContent();
	const references = await guideReferencesIn(collected, locale);
	const problems = findUnknownGuideReferences(file, references, { sources: new Set(sourceById.keys()), terms: new Set(glossaryById.keys()) });
	if (problems.length > 0) throw new Error(`A guide refers to entries that do not exist:\n${formatDanglingReferences(problems)}`);
	return [...new Set(references.citations)].map((id) => sourceById.get(id) as LegalSource);
}

/** One source by id, for the `<Cite>` component; throws on an unknown id. */
export async function getLegalSource(id: string): Promise<LegalSource> {
	const source = (await getLegalContent()).sourceById.get(id);
	if (!source) throw new Error(`<Cite id="${id}" />: no source "${id}" in src/content/sources/`);
	return source;
}

/** The glossary in a locale's alphabetical order. */
export async function getGlossary(locale: Locale): Promise<GlossaryEntry[]> {
	const { glossaryById } = await getLegalContent();
	const collator = new Intl.Collator(LOCALE_INFO[locale].intl, { sensitivity: 'base' });
	return [...glossaryById.values()].sort((a, b) => collator.compare(a.data.term[locale], b.data.term[locale]));
}

/** The laws as the sources page lists them: Bulgarian statutes, then EU acts, then treaties; within each, the most cited first. */
export async function getLawsWithSources(locale: Locale) {
	const { lawById, sourceById } = await getLegalContent();
	const rank = { bg: 0, eu: 1, international: 2 } as const;
	const collator = new Intl.Collator(LOCALE_INFO[locale].intl, { numeric: true });
	const byPinpoint = (a: LegalSource, b: LegalSource) => collator.compare(a.data.pinpoint[locale], b.data.pinpoint[locale]);
	return [...lawById]
		.map(([id, law]) => ({ id, law, sources: [...sourceById.values()].filter((s) => s.lawId === id).sort(byPinpoint) }))
		.filter((entry) => entry.sources.length > 0)
		.sort(
			(a, b) =>
				rank[a.law.jurisdiction] - rank[b.law.jurisdiction] || b.sources.length - a.sources.length || collator.compare(a.law.short[locale], b.law.short[locale]),
		);
}

/** A page that cites a source: a guide, or an answer on the FAQ page. */
export interface CitingPage {
	href: string;
	title: string;
}

/** For each source id, the pages of a locale that cite it: guides in reading order, then FAQ answers in FAQ order. */
export async function getCitingPages(locale: Locale): Promise<Map<string, CitingPage[]>> {
	const citing = new Map<string, CitingPage[]>();
	const add = (id: string, page: CitingPage) => citing.set(id, [...(citing.get(id) ?? []), page]);
	for (const guide of await getGuides(locale)) {
		const { remarkPluginFrontmatter } = await render(guide.entry);
		const { citations } = await guideReferencesIn(readGuideReferences(remarkPluginFrontmatter), locale);
		for (const id of new Set(citations)) add(id, { href: guide.href, title: guide.entry.data.title });
	}
	const faqPage = localizePath('/faq/', locale);
	for (const entry of (await getLegalContent()).faq) {
		for (const id of new Set(entry.data.sources)) add(id, { href: `${faqPage}#${entry.id}`, title: entry.data.question[locale] });
	}
	return citing;
}
