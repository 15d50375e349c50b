/** A reference from one content file to an entry that does not exist. */
export interface DanglingReference {
	/** The file that holds the reference, relative to the project (`src/content/guides/en/x.mdx`). */
	file: string;
	message: string;
}

/** What the legal content refers to: each source names a law, glossary terms and FAQ answers name sources. */
export interface LegalContentIndex {
	laws: ReadonlySet<string>;
	/** Every source; `law` is undefined for an entry that failed its schema (reported on its own): it still exists. */
	sources: readonly { id: string; file: string; law: string | undefined }[];
	glossary: readonly { id: string; file: string; sources: readonly string[]; related: readonly string[] }[];
	faq?: readonly { id: string; file: string; sources: readonly string[] }[];
}

/** Every source whose law, every glossary term whose sources or related terms, and every FAQ answer whose sources do not exist. */
export function findDanglingReferences({ laws, sources, glossary, faq = [] }: LegalContentIndex): DanglingReference[] {
	const sourceIds = new Set(sources.map((s) => s.id));
	const termIds = new Set(glossary.map((g) => g.id));
	return [
		...sources.flatMap((s) => (s.law === undefined || laws.has(s.law) ? [] : [{ file: s.file, message: `law: no law "${s.law}" in src/content/laws/` }])),
		...glossary.flatMap((term) => [
			...missing(term.sources, sourceIds).map((id) => ({ file: term.file, message: `sources: no source "${id}" in src/content/sources/` })),
			...missing(term.related, termIds).map((id) => ({ file: term.file, message: `related: no glossary term "${id}" in src/content/glossary/` })),
		]),
		...faq.flatMap((entry) => missing(entry.sources, sourceIds).map((id) => ({ file: entry.file, message: `sources: no source "${id}" in src/content/sources/` }))),
	];
}

/** What a guide cites and links to, as collected from its MDX (`<Cite id>`, `<Term id>`). */
export interface GuideReferences {
	citations: readonly string[];
	terms: readonly string[];
}

/**
 * Where a guide shows the clause library (`<ClauseLibrary />`): its place in the guide's citations and term links,
 * which the library's own (from src/content/clauses/) take when the guide is built.
 */
export const CLAUSE_LIBRARY_MARKER = '@clause-library';

/** A guide's references with the library's put where the guide shows it; a guide without the library is returned as it is. */
export function expandClauseLibrary(guide: GuideReferences, library: GuideReferences): GuideReferences {
	const expand = (list: readonly string[], with_: readonly string[]) => list.flatMap((id) => (id === CLAUSE_LIBRARY_MARKER ? with_ : [id]));
	return { citations: expand(guide.citations, library.citations), terms: expand(guide.terms, library.terms) };
}

/** Whether a guide shows the clause library. */
export function showsClauseLibrary(guide: GuideReferences): boolean {
	return guide.citations.includes(CLAUSE_LIBRARY_MARKER);
}

/** The citations and term links of one guide that point at no source or glossary entry. */
export function findUnknownGuideReferences(
	file: string,
	{ citations, terms }: GuideReferences,
	known: { sources: ReadonlySet<string>; terms: ReadonlySet<string> },
): DanglingReference[] {
	const own = (ids: readonly string[]) => ids.filter((id) => id !== CLAUSE_LIBRARY_MARKER);
	return [
		...missing(own(citations), known.sources).map((id) => ({ file, message: `<Cite id="${id}" />: no source "${id}" in src/content/sources/` })),
		...missing(own(terms), known.terms).map((id) => ({ file, message: `<Term id="${id}">: no glossary term "${id}" in src/content/glossary/` })),
	];
}

/** One error message listing every dangling reference, grouped by file. */
export function formatDanglingReferences(problems: readonly DanglingReference[]): string {
	const byFile = Map.groupBy(problems, (p) => p.file);
	return [...byFile].map(([file, list]) => `${file}\n${list.map((p) => `  - ${p.message}`).join('\n')}`).join('\n');
}

function missing(ids: readonly string[], known: ReadonlySet<string>): string[] {
	return [...new Set(ids)].filter((id) => !known.has(id));
}
