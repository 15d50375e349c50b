// Every content mistake in one report, before Astro starts: Astro's own content sync stops at the first invalid
// entry, so an editor who broke three files would otherwise need three builds to find them all.
import { z } from 'astro/zod';
import { mdxToJs } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { clauseSchema, type Clause } from '../../schemas/clause.ts';
import { definitionSchema, type Definition } from '../../schemas/definition.ts';
import { faqEntrySchema } from '../../schemas/faqEntry.ts';
import { glossaryTermSchema } from '../../schemas/glossaryTerm.ts';
import { guideSchema } from '../../schemas/guide.ts';
import { lawSchema } from '../../schemas/law.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { statsSchema } from '../../schemas/stats.ts';
import { sortGuides } from '../../lib/guides/sequence.ts';
import { LOCALES, type Locale } from '../../lib/i18n/locales.ts';
import { findDanglingReferences, findUnknownGuideReferences, showsClauseLibrary, type DanglingReference } from '../../lib/legal/references.ts';
import { SAFEGUARDS } from '../../lib/risk/factors.ts';
import { REVIEW_MONTHS, staleSources } from '../../lib/legal/review.ts';
import { fieldsOf, parseTemplate } from '../../lib/clauses/template.ts';
import { citationsOf, parseRichText, termsOf } from '../markdown/richText.ts';
import { guideReferences, readGuideReferences } from '../markdown/guideReferences.ts';
import { collectHeadingIds } from '../markdown/headingIds.ts';
import { noTypedPercentages } from '../markdown/noTypedPercentages.ts';
import { parseJsonFile } from './jsonFile.ts';

/** A content file as read from disk. */
export interface ContentFile {
	/** Project-relative path, named in every problem. */
	file: string;
	text: string;
}

/** The content collections' files. Guides are `src/content/guides/<locale>/<slug>.mdx`; the rest are keyed by file name. */
export interface ContentFiles {
	guides: readonly (ContentFile & { locale: string; slug: string })[];
	laws: readonly (ContentFile & { id: string })[];
	sources: readonly (ContentFile & { id: string })[];
	glossary: readonly (ContentFile & { id: string })[];
	faq: readonly (ContentFile & { id: string })[];
	/** The clause library (`src/content/clauses/`) and the contract schedule's defined terms (`src/content/definitions/`). */
	clauses: readonly (ContentFile & { id: string })[];
	definitions: readonly (ContentFile & { id: string })[];
	stats: readonly ContentFile[];
}

export type ContentProblem = DanglingReference;

// The guide schema's image() helper needs Astro's build; any string stands in for the picture's path here.
const guideFrontmatter = guideSchema({ image: (() => z.string()) as never });

/** Zod issues as one problem each, naming the field. */
function schemaProblems(file: string, schema: z.ZodType, data: unknown): { problems: ContentProblem[]; value: unknown } {
	const result = schema.safeParse(data);
	if (result.success) return { problems: [], value: result.data };
	const problems = result.error.issues.map((issue) => ({ file, message: `${issue.path.join('.') || '(file)'}: ${issue.message}` }));
	return { problems, value: undefined };
}

function parseYamlFile(file: ContentFile): { problems: ContentProblem[]; data: unknown } {
	try {
		return { problems: [], data: parseYaml(file.text) as unknown };
	} catch (error) {
		return { problems: [{ file: file.file, message: `invalid YAML: ${(error as Error).message.split('\n')[0] ?? ''}` }], data: undefined };
	}
}

/** Every problem in the content: syntax, schema, typed percentages, unknown ids, dangling references, order clashes. */
export async function findContentProblems(files: ContentFiles): Promise<ContentProblem[]> {
	const problems: ContentProblem[] = [];

	const valid = <T>(entries: readonly (ContentFile & { id: string })[], schema: z.ZodType<T>) =>
		entries.flatMap((entry) => {
			const { problems: syntax, data } = parseYamlFile(entry);
			problems.push(...syntax);
			if (syntax.length > 0) return [];
			const checked = schemaProblems(entry.file, schema, data);
			problems.push(...checked.problems);
			return checked.problems.length > 0 ? [] : [{ ...entry, data: checked.value as T }];
		});
	valid(files.laws, lawSchema);
	const sources = valid(files.sources, sourceSchema);
	const glossary = valid(files.glossary, glossaryTermSchema);
	const faq = valid(files.faq, faqEntrySchema);
	const clauses = valid(files.clauses, clauseSchema);
	const definitions = valid(files.definitions, definitionSchema);

	for (const stats of files.stats) {
		try {
			const sets = parseJsonFile(stats.text, stats.file) as Record<string, unknown>;
			for (const [id, set] of Object.entries(sets)) problems.push(...schemaProblems(stats.file, statsSchema, set).problems.map((p) => ({ ...p, message: `${id}.${p.message}` })));
		} catch (error) {
			problems.push({ file: stats.file, message: (error as Error).message });
		}
	}

	// Every entry counts as existing, even an invalid one (already reported above): only its own references are skipped,
	// so one broken file never adds a false "no source …" against the files that name it.
	const validTerm = new Map(glossary.map((g) => [g.id, g.data]));
	const validSource = new Map(sources.map((s) => [s.id, s.data]));
	problems.push(
		...findDanglingReferences({
			laws: new Set(files.laws.map((l) => l.id)),
			sources: files.sources.map((s) => ({ id: s.id, file: s.file, law: validSource.get(s.id)?.law })),
			glossary: files.glossary.map((g) => ({ id: g.id, file: g.file, sources: validTerm.get(g.id)?.sources ?? [], related: validTerm.get(g.id)?.related ?? [] })),
			faq: faq.map((q) => ({ id: q.id, file: q.file, sources: q.data.sources })),
		}),
	);

	// Astro makes each guide's slug from its file name, so two names can give one slug (`choosing a partner.mdx`,
	// `Choosing-A-Partner.mdx`): its glob loader then keeps one of them with no more than a warning. Only the first
	// file of a slug is checked further: the others must go, and would only repeat its problems (a shared order…).
	const checkedGuides: (typeof files.guides)[number][] = [];
	for (const [key, same] of Map.groupBy(files.guides, (g) => `${g.locale}/${g.slug}`)) {
		checkedGuides.push(same[0] as (typeof files.guides)[number]);
		if (same.length > 1) {
			const [locale] = key.split('/');
			problems.push({
				file: `src/content/guides/${locale ?? ''}`,
				message: `${same.map((g) => g.file).join(' and ')} both make the guide "${key}" (a slug is the file name in lower case, spaces as hyphens); one would replace the other: rename or remove one`,
			});
		}
	}

	const known = { sources: new Set(files.sources.map((s) => s.id)), terms: new Set(files.glossary.map((g) => g.id)) };
	const ordered = new Map<string, { slug: string; order: number; file: string }[]>();
	/** Each guide's file and section anchors (its headings' ids), by `<locale>/<slug>`, for links from glossary and FAQ entries. */
	const sections = new Map<string, { file: string; ids: Set<string> }>();
	for (const guide of checkedGuides) {
		const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(guide.text);
		if (!match) {
			problems.push({ file: guide.file, message: 'no front matter (a block between --- lines at the top)' });
			continue;
		}
		const { problems: syntax, data } = parseYamlFile({ file: guide.file, text: match[1] ?? '' });
		problems.push(...syntax);
		const checked = syntax.length > 0 ? { problems: [], value: undefined } : schemaProblems(guide.file, guideFrontmatter, data);
		problems.push(...checked.problems);
		const order = (checked.value as { order?: number } | undefined)?.order;
		if (order !== undefined) ordered.set(guide.locale, [...(ordered.get(guide.locale) ?? []), { slug: guide.slug, order, file: guide.file }]);

		const frontmatter: Record<string, unknown> = {};
		try {
			// The same Markdown plugins as astro.config.mjs: ids collected, typed percentages refused.
			// Blank lines stand in for the front matter, so line numbers in errors are the file's own.
			const body = '\n'.repeat(match[0].split('\n').length - 1) + guide.text.slice(match[0].length);
			const ids = new Set<string>();
			await mdxToJs(body, {
				features: { headingAttributes: true },
				mdastPlugins: [guideReferences, noTypedPercentages],
				hastPlugins: [collectHeadingIds(ids)],
				data: { astro: { frontmatter } } as never,
			});
			// A guide that shows the clause library has each clause's heading too, under the clause's id.
			if (showsClauseLibrary(readGuideReferences(frontmatter))) for (const clause of files.clauses) ids.add(clause.id);
			sections.set(`${guide.locale}/${guide.slug}`, { file: guide.file, ids });
			problems.push(...findUnknownGuideReferences(guide.file, readGuideReferences(frontmatter), known));
		} catch (error) {
			problems.push({ file: guide.file, message: (error as Error).message.replace(/^an MDX file:(\d+|\?): /, 'line $1: ') });
		}
	}
	for (const guides of ordered.values()) {
		try {
			sortGuides(guides);
		} catch (error) {
			problems.push({ file: 'src/content/guides', message: (error as Error).message.replace(/\n/g, '; ') });
		}
	}

	// Glossary entries and FAQ answers link to guide sections by slug: each guide must exist in every language.
	const slugsOf = (locale: string) => new Set(checkedGuides.filter((g) => g.locale === locale).map((g) => g.slug));
	const locales = [...new Set(checkedGuides.map((g) => g.locale))];
	const checkGuideLink = (file: string, field: string, link: string) => {
		const [slug = '', anchor] = link.split('#');
		for (const locale of locales) {
			const guide = sections.get(`${locale}/${slug}`);
			if (!slugsOf(locale).has(slug)) problems.push({ file, message: `${field}: no ${locale} guide "${slug}" in src/content/guides/${locale}/` });
			// A guide that did not compile has no ids to compare with (its own problem is reported above).
			else if (anchor !== undefined && guide !== undefined && !guide.ids.has(anchor)) {
				problems.push({ file, message: `${field}: "${link}": the ${locale} guide has no section "#${anchor}" (a heading's {#anchor} in ${guide.file})` });
			}
		}
	};
	for (const term of glossary) checkGuideLink(term.file, 'guide', term.data.guide);
	for (const entry of faq) for (const link of new Set(entry.data.more)) checkGuideLink(entry.file, 'more', link);
	for (const clause of clauses) if (clause.data.guide) checkGuideLink(clause.file, 'guide', clause.data.guide);
	const samePosition = (folder: string, entries: readonly { file: string; data: { order: number } }[]) => {
		for (const [order, clash] of Map.groupBy(entries, (entry) => entry.data.order)) {
			if (clash.length > 1) problems.push({ file: `src/content/${folder}`, message: `order ${order}: ${clash.map((e) => e.file).join(', ')} share a position` });
		}
	};
	samePosition('faq', faq);
	samePosition('clauses', clauses);
	samePosition('definitions', definitions);
	problems.push(...clauseProblems(clauses, definitions, { ...known, definitions: new Set(files.definitions.map((d) => d.id)) }));
	return problems;
}

const RICH_FIELDS = ['risk', 'adapt', 'mistakes', 'law'] as const;

/** Whether the languages' values that could be read (not undefined) are not all the same. */
const differ = (values: readonly (string | undefined)[]): boolean => new Set(values.filter((value) => value !== undefined)).size > 1;

/**
 * A clause's rich texts and wording, read: unknown citations, terms, deal fields and defined terms, languages that cite
 * different law or use different fields in a paragraph, and safeguards put in place by no clause or by two.
 */
function clauseProblems(
	clauses: readonly { file: string; data: Clause }[],
	definitions: readonly { file: string; data: Definition }[],
	known: { sources: ReadonlySet<string>; terms: ReadonlySet<string>; definitions: ReadonlySet<string> },
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const { file, data } of clauses) {
		const citations: Partial<Record<Locale, string>> = {};
		for (const field of RICH_FIELDS) {
			for (const language of LOCALES) {
				const parsed = parseRichText(data[field][language]);
				if (!parsed.ok) {
					problems.push(...parsed.problems.map((message) => ({ file, message: `${field}.${language}: ${message}` })));
					continue;
				}
				const cites = citationsOf(parsed.nodes);
				if (field !== 'law' && cites.length > 0) problems.push({ file, message: `${field}.${language}: cite the law in "law" only (it becomes the clause's footnotes)` });
				if (field === 'law') {
					if (cites.length === 0) problems.push({ file, message: `law.${language}: cite at least one source with <Cite id="…" />` });
					citations[language] = [...new Set(cites)].sort().join(', ');
				}
				problems.push(...findUnknownGuideReferences(file, { citations: cites, terms: termsOf(parsed.nodes) }, known).map((p) => ({ ...p, message: `${field}.${language}: ${p.message}` })));
			}
		}
		if (differ(LOCALES.map((language) => citations[language]))) {
			problems.push({ file, message: `law: the languages cite different sources (${LOCALES.map((language) => `${language}: ${citations[language] ?? ''}`).join('; ')})` });
		}
		data.wording[LOCALES[0]].forEach((_, i) => {
			const fields = LOCALES.map((language) => {
				const parsed = parseTemplate(data.wording[language][i] ?? '');
				if (!parsed.ok) problems.push(...parsed.problems.map((message) => ({ file, message: `wording.${language}.${i}: ${message}` })));
				return parsed.ok ? fieldsOf(parsed.segments).sort().join(', ') : undefined;
			});
			if (differ(fields)) {
				const used = LOCALES.map((language, l) => `${language}: ${fields[l] || 'none'}`).join('; ');
				problems.push({ file, message: `wording.${i}: the languages use different deal fields (${used})` });
			}
		});
		for (const id of data.definitions.filter((d) => !known.definitions.has(d))) problems.push({ file, message: `definitions: no defined term "${id}" in src/content/definitions/` });
	}
	for (const { file, data } of definitions) {
		for (const language of LOCALES) {
			const parsed = parseTemplate(data.text[language]);
			if (!parsed.ok) problems.push(...parsed.problems.map((message) => ({ file, message: `text.${language}: ${message}` })));
		}
	}
	if (clauses.length > 0) {
		for (const safeguard of SAFEGUARDS) {
			const implementing = clauses.filter((c) => c.data.safeguard === safeguard);
			if (implementing.length === 0) problems.push({ file: 'src/content/clauses', message: `no clause puts the calculator's safeguard "${safeguard}" in place (safeguard: ${safeguard})` });
			if (implementing.length > 1) problems.push({ file: 'src/content/clauses', message: `safeguard ${safeguard}: ${implementing.map((c) => c.file).join(', ')} both claim it; give it to one, list it under supports in the others` });
		}
	}
	return problems;
}

/** A provision whose last check is older than the review period, with its file. */
export interface StaleSource {
	file: string;
	checked: Date;
}

/** The sources last checked more than REVIEW_MONTHS months before `now`, oldest first (invalid files are left to findContentProblems). */
export function findStaleSources(sources: readonly ContentFile[], now: Date): StaleSource[] {
	const dated = sources.flatMap((source) => {
		const { data } = parseYamlFile(source);
		const checked = sourceSchema.shape.checked.safeParse((data as { checked?: unknown } | undefined)?.checked);
		return checked.success ? [{ file: source.file, checked: checked.data }] : [];
	});
	return staleSources(dated, now);
}

/** The build's warning for stale sources: one line per file, with the date it was last checked. */
export function formatStaleSources(stale: readonly StaleSource[]): string {
	const lines = stale.map((s) => `  - ${s.file}: last checked ${s.checked.toISOString().slice(0, 10)}`);
	return `${stale.length} legal source(s) not checked against the law for more than ${REVIEW_MONTHS} months; read each provision again and update its "checked" date:\n${lines.join('\n')}`;
}

/**
 * The sources whose quotation is not yet the provision's own current text (`quoteNote`): their pages say so beside the
 * quotation, and every build lists them until someone reads the provision and replaces the quotation.
 */
export function findUnverifiedQuotations(sources: readonly (ContentFile & { id: string })[]): ContentProblem[] {
	return sources.flatMap((source) => {
		const { data } = parseYamlFile(source);
		const note = (data as { quoteNote?: unknown } | undefined)?.quoteNote;
		return note === undefined ? [] : [{ file: source.file, message: "quoteNote: the quotation is not yet the provision's own current text; read it, quote it and remove quoteNote" }];
	});
}
