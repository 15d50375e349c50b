// The clause library as data: every clause read once, its rich texts parsed, in library order. The library guide,
// the calculator's "how to put it in place" links and the contract builder all read it from here.
import { getCollection, type CollectionEntry } from 'astro:content';
import { CLAUSE_RICH_FIELDS, citationsOf, clauseLibraryReferences, parseRichText, plainTextOf, type RichNode } from '@/build/markdown/richText';
import { recommendClauses, type ClauseRule } from '@/lib/clauses/recommend';
import { layoutSchedule, type ScheduleIndex } from '@/lib/clauses/schedule';
import { fieldsOf, parseTemplate, type TemplateSegment } from '@/lib/clauses/template';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import type { GuideReferences } from '@/lib/legal/references';
import { DEFAULT_ANSWERS, SAFEGUARDS, type Safeguard } from '@/lib/risk/factors';
import type { Clause } from '@/schemas/clause';
import type { Definition } from '@/schemas/definition';

/** The guide that shows the clause library (`<ClauseLibrary />` in its MDX): the calculator links into it. */
export const CLAUSE_GUIDE = 'contract-clauses';

const RICH = CLAUSE_RICH_FIELDS;
type RichField = (typeof RICH)[number];

/** A clause ready to render: its data, its rich texts as trees and its wording as segments, per language. */
export interface LibraryClause {
	/** The file name: its anchor in the library and its id in the contract builder. */
	id: string;
	data: Clause;
	rich: Record<RichField, Record<Locale, RichNode[]>>;
	/** One list of segments per paragraph. */
	wording: Record<Locale, TemplateSegment[][]>;
	/** The sources its law cites, in order of first citation: the clause's footnotes. */
	sources: string[];
}

/** A defined term of the contract schedule, with its text as segments per language. */
export interface ScheduleDefinition {
	id: string;
	data: Definition;
	text: Record<Locale, TemplateSegment[]>;
}

const fileOf = (entry: { id: string; filePath?: string | undefined }, folder: string) => entry.filePath ?? `src/content/${folder}/${entry.id}.yaml`;

/** Throws, naming the file and the field, on text the content checks would also refuse (they run first in a build). */
function parsedOrThrow<T>(file: string, field: string, parsed: { ok: true; value: T } | { ok: false; problems: string[] }): T {
	if (!parsed.ok) throw new Error(`${file}: ${field}: ${parsed.problems.join('; ')}`);
	return parsed.value;
}

function richOf(entry: CollectionEntry<'clauses'>): LibraryClause['rich'] {
	const file = fileOf(entry, 'clauses');
	const byField = (field: RichField) =>
		Object.fromEntries(
			LOCALES.map((locale) => {
				const parsed = parseRichText(entry.data[field][locale]);
				return [locale, parsedOrThrow(file, `${field}.${locale}`, parsed.ok ? { ok: true, value: parsed.nodes } : parsed)];
			}),
		) as Record<Locale, RichNode[]>;
	return { risk: byField('risk'), adapt: byField('adapt'), mistakes: byField('mistakes'), law: byField('law') };
}

function segmentsOf(file: string, field: string, template: string): TemplateSegment[] {
	const parsed = parseTemplate(template);
	return parsedOrThrow(file, field, parsed.ok ? { ok: true, value: parsed.segments } : parsed);
}

let clausesCache: Promise<LibraryClause[]> | undefined;

/** Every clause, in library order. */
export function getClauses(): Promise<LibraryClause[]> {
	clausesCache ??= getCollection('clauses').then((entries) =>
		entries
			.sort((a, b) => a.data.order - b.data.order)
			.map((entry) => {
				const file = fileOf(entry, 'clauses');
				const rich = richOf(entry);
				const wording = Object.fromEntries(
					LOCALES.map((locale) => [locale, entry.data.wording[locale].map((paragraph, i) => segmentsOf(file, `wording.${locale}.${i}`, paragraph))]),
				) as Record<Locale, TemplateSegment[][]>;
				return { id: entry.id, data: entry.data, rich, wording, sources: [...new Set(citationsOf(rich.law.en))] };
			}),
	);
	return clausesCache;
}

/** The schedule's defined terms, in order. */
export async function getDefinitions(): Promise<ScheduleDefinition[]> {
	const entries = await getCollection('definitions');
	return entries
		.sort((a, b) => a.data.order - b.data.order)
		.map((entry) => ({
			id: entry.id,
			data: entry.data,
			text: Object.fromEntries(LOCALES.map((locale) => [locale, segmentsOf(fileOf(entry, 'definitions'), `text.${locale}`, entry.data.text[locale])])) as Record<
				Locale,
				TemplateSegment[]
			>,
		}));
}

/** The clause that puts each calculator safeguard in place (the content checks prove there is exactly one). */
export async function getSafeguardClauses(): Promise<Record<Safeguard, string>> {
	const clauses = await getClauses();
	return Object.fromEntries(
		SAFEGUARDS.map((safeguard) => {
			const clause = clauses.find((c) => c.data.safeguard === safeguard);
			if (!clause) throw new Error(`src/content/clauses: no clause puts the safeguard "${safeguard}" in place`);
			return [safeguard, clause.id];
		}),
	) as Record<Safeguard, string>;
}

/** What the library cites and links, in reading order, for a guide's Sources section and the glossary-link rules. */
export async function getClauseReferences(locale: Locale): Promise<GuideReferences> {
	const clauses = await getClauses();
	return clauseLibraryReferences(clauses.map((c) => ({ risk: c.data.risk[locale], adapt: c.data.adapt[locale], mistakes: c.data.mistakes[locale], law: c.data.law[locale] })));
}

/** The words a reader reads in the library, for the guide's reading time. */
export async function countClauseWords(locale: Locale): Promise<number> {
	const clauses = await getClauses();
	const text = clauses
		.flatMap((c) => [c.data.title[locale], ...RICH.map((field) => plainTextOf(c.rich[field][locale])), ...c.data.wording[locale]])
		.join(' ');
	return text.split(/\s+/).filter(Boolean).length;
}

/** The clause library and the defined terms as the contract builder lays a schedule out (src/lib/clauses/schedule.ts). */
export async function getScheduleIndex(): Promise<ScheduleIndex> {
	const [clauses, definitions] = await Promise.all([getClauses(), getDefinitions()]);
	return {
		clauses: clauses.map((c) => ({
			id: c.id,
			paragraphs: c.data.wording.en.length,
			definitions: c.data.definitions,
			fields: fieldsOf(c.wording.en.flat()),
			footnote: c.sources.length > 0,
		})),
		definitions: definitions.map((d) => ({ id: d.id, always: d.data.always, fields: fieldsOf(d.text.en) })),
	};
}

/** Each clause's recommendation rule, for matching against the calculator's answers (src/lib/clauses/recommend.ts). */
export async function getClauseRules(): Promise<ClauseRule[]> {
	return (await getClauses()).map(({ id, data }) => ({
		id,
		always: data.recommend.always !== undefined,
		when: data.recommend.when.map(({ scope, location, org, share }) => ({ scope, location, org, share })),
		safeguards: [...(data.safeguard ? [data.safeguard] : []), ...data.supports],
	}));
}

/**
 * The draft the contract builder prerenders, so the page is complete without JavaScript: the clauses recommended for
 * the calculator's default answers, each with its reasons, and the schedule's layout for them.
 */
export async function getDefaultDraft() {
	const [index, rules] = await Promise.all([getScheduleIndex(), getClauseRules()]);
	const recommended = recommendClauses(rules, DEFAULT_ANSWERS);
	return { answers: DEFAULT_ANSWERS, recommended, layout: layoutSchedule(index, recommended.keys()) };
}
