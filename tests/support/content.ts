// Reads the content collections from disk for tests that check the content itself (no build needed).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToJs, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { parse } from 'yaml';
import { guideReferences, readGuideReferences } from '../../src/build/markdown/guideReferences';
import { CLAUSE_RICH_FIELDS, clauseLibraryReferences, parseRichText, plainTextOf, type RichNode } from '../../src/build/markdown/richText';
import { expandClauseLibrary, type GuideReferences } from '../../src/lib/legal/references';

export const CONTENT = join(import.meta.dirname, '..', '..', 'src', 'content');

/** The slugs of a locale's guides, sorted. */
export function guideSlugs(locale: string): string[] {
	return readdirSync(join(CONTENT, 'guides', locale))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => f.replace(/\.mdx$/, ''))
		.sort();
}

/** A guide's MDX source. */
export const readGuide = (locale: string, slug: string) => readFileSync(join(CONTENT, 'guides', locale, `${slug}.mdx`), 'utf8');

/** The MDX after the front matter. */
export const guideBody = (mdx: string) => mdx.replace(/^---[\s\S]*?---/, '');

/** A clause of the library as its YAML file holds it (the fields the content tests read). */
export interface ClauseYaml {
	order: number;
	title: Record<string, string>;
	wording: Record<string, string[]>;
	risk: Record<string, string>;
	adapt: Record<string, string>;
	mistakes: Record<string, string>;
	law: Record<string, string>;
}

/** The clause library in library order, with its id. */
export function readClauses(): (ClauseYaml & { id: string })[] {
	return [...readEntries<ClauseYaml>('clauses')].map(([id, clause]) => ({ ...clause, id })).sort((a, b) => a.order - b.order);
}

/** The citations and term links of an MDX body, collected by the same plugin the build uses, the clause library's in its place. */
export async function guideReferencesOf(mdx: string, locale: string): Promise<GuideReferences> {
	const frontmatter: Record<string, unknown> = {};
	// headingAttributes as in astro.config.mjs: `## Heading {#anchor}` is a heading id there, not an MDX expression.
	await mdxToJs(guideBody(mdx), { features: { headingAttributes: true }, mdastPlugins: [guideReferences], data: { astro: { frontmatter } } as never });
	const library = clauseLibraryReferences(
		readClauses().map((c) => ({ risk: c.risk[locale] ?? '', adapt: c.adapt[locale] ?? '', mistakes: c.mistakes[locale] ?? '', law: c.law[locale] ?? '' })),
	);
	return expandClauseLibrary(readGuideReferences(frontmatter), library);
}

/** A guide as the MDX parser reads it: what the content tests compare between languages and scan for wording. */
export interface GuideOutline {
	/** The section anchors (`## Heading {#anchor}`), in order. */
	anchors: string[];
	/** The components, in reading order, with their attributes as written and the section they are in ("top" before the first heading). */
	components: { name: string; attributes: string; section: string }[];
	/** The text a reader sees: no imports, component tags or link targets; a line break where the source breaks lines. */
	prose: string;
}

/** A JSX attribute as written: `id="nda"`, `year={2021}`, `{...props}`. */
function attributeText(attribute: (MdxJsxFlowElement | MdxJsxTextElement)['attributes'][number]): string {
	if (attribute.type !== 'mdxJsxAttribute') return `{${attribute.value}}`;
	const { name, value } = attribute;
	if (typeof value === 'string') return `${name}="${value}"`;
	return value ? `${name}={${value.value}}` : name;
}

/** The `<Cite>` and `<Term>` components of a rich text, in order, as the outline lists them. */
function richComponents(nodes: readonly RichNode[]): { name: string; attributes: string }[] {
	return nodes.flatMap((n) => {
		if (n.type === 'cite') return [{ name: 'Cite', attributes: `id="${n.id}"` }];
		if (n.type === 'term') return [{ name: 'Term', attributes: `id="${n.id}"` }, ...richComponents(n.children)];
		return 'children' in n ? richComponents(n.children) : [];
	});
}

/** Reads a guide's MDX into its outline, with the same parser and options as the build; the clause library (`<ClauseLibrary />`) in its place, in `locale`. */
export function guideOutline(mdx: string, locale: string): GuideOutline {
	const outline: GuideOutline = { anchors: [], components: [], prose: '' };
	let section = 'top';
	let line = 0;
	const component = (node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>) => {
		if (node.name === 'ClauseLibrary') {
			for (const clause of readClauses()) {
				section = clause.id;
				outline.anchors.push(clause.id);
				outline.prose += `\n${clause.title[locale] ?? ''}`;
				for (const field of CLAUSE_RICH_FIELDS) {
					const parsed = parseRichText(clause[field][locale] ?? '');
					if (!parsed.ok) throw new Error(`src/content/clauses/${clause.id}.yaml: ${field}.${locale}: ${parsed.problems.join('; ')}`);
					outline.components.push(...richComponents(parsed.nodes).map((c) => ({ ...c, section })));
					outline.prose += `\n${plainTextOf(parsed.nodes)}`;
				}
				outline.prose += `\n${(clause.wording[locale] ?? []).join('\n')}`;
			}
			return;
		}
		if (node.name) outline.components.push({ name: node.name, attributes: node.attributes.map(attributeText).join(' '), section });
	};
	mdxToJs(guideBody(mdx), {
		features: { headingAttributes: true },
		mdastPlugins: [
			{
				name: 'guide-outline',
				options: { position: true },
				heading(node) {
					// `{#anchor}` becomes the heading's HTML id, in data the mdast types do not declare.
					const id = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties?.['id'];
					if (typeof id !== 'string') return;
					section = id;
					outline.anchors.push(id);
				},
				mdxJsxFlowElement: component,
				mdxJsxTextElement: component,
				text(node) {
					const start = node.position?.start.line ?? line;
					outline.prose += `${start === line ? '' : '\n'}${node.value}`;
					line = node.position?.end.line ?? start;
				},
			},
		],
	});
	return outline;
}

/** Every entry of a YAML collection (`laws`, `sources`, `glossary`) by id. */
export function readEntries<T = Record<string, unknown>>(collection: string): Map<string, T> {
	const dir = join(CONTENT, collection);
	return new Map(
		readdirSync(dir)
			.filter((f) => f.endsWith('.yaml'))
			.sort()
			.map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join(dir, f), 'utf8')) as T]),
	);
}
