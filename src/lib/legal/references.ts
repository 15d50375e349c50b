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

/** The citations and term links of one guide that point at no source or glossary entry. */
export function findUnknownGuideReferences(
	file: string,
	{ citations, terms }: GuideReferences,
	known: { sources: ReadonlySet<string>; terms: ReadonlySet<string> },
): DanglingReference[] {
	return [
		...missing(citations, known.sources).map((id) => ({ file, message: `<Cite id="${id}" />: no source "${id}" in src/content/sources/` })),
		...missing(terms, known.terms).map((id) => ({ file, message: `<Term id="${id}">: no glossary term "${id}" in src/content/glossary/` })),
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
