import type { MdastPluginDefinition, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { CLAUSE_LIBRARY_MARKER, type GuideReferences } from '@/lib/legal/references';

/** The component that shows the clause library: its citations and term links come from the clause data, at its place. */
const CLAUSE_LIBRARY = 'ClauseLibrary';

/** The components whose `id` names a content entry, and the list each one is collected into. */
const COLLECTED = { Cite: 'citations', Term: 'terms' } as const satisfies Record<string, keyof GuideReferences>;

/** The literal `id="…"` of a JSX element, or an error message saying why there is none. */
export function literalId(element: Pick<MdxJsxFlowElement | MdxJsxTextElement, 'attributes'>): string | { error: string } {
	const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
	if (!attribute || attribute.type !== 'mdxJsxAttribute') return { error: 'has no id attribute' };
	if (typeof attribute.value !== 'string' || attribute.value.trim() === '') return { error: 'needs a literal id="…" (an expression cannot be checked at build time)' };
	return attribute.value;
}

/**
 * Collects, in reading order, the sources a guide cites (`<Cite id="…" />`) and the glossary terms it links
 * (`<Term id="…">`), into `remarkPluginFrontmatter.citations` and `.terms`: the guide layout builds the
 * Sources section from them and the build checks that every id exists. Where the guide shows the clause library
 * (`<ClauseLibrary />`), both lists get a marker the page replaces with the library's references, and
 * `clauseLibraryAt` counts the headings before it (the library's headings join the table of contents there).
 */
export const guideReferences: MdastPluginDefinition = {
	name: 'guide-references',
	options: { position: true },
	before(_root, ctx) {
		const frontmatter = ctx.data.astro?.frontmatter;
		if (frontmatter) {
			frontmatter['citations'] = [];
			frontmatter['terms'] = [];
			frontmatter['headingCount'] = 0;
		}
	},
	heading: (_node, ctx) => {
		const frontmatter = ctx.data.astro?.frontmatter;
		if (frontmatter) frontmatter['headingCount'] = Number(frontmatter['headingCount'] ?? 0) + 1;
	},
	mdxJsxFlowElement: (node, ctx) => collect(node, ctx),
	mdxJsxTextElement: (node, ctx) => collect(node, ctx),
};

function collect(node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>, ctx: Parameters<NonNullable<MdastPluginDefinition['mdxJsxTextElement']>>[1]) {
	const name = node.name;
	const frontmatter = ctx.data.astro?.frontmatter;
	if (name === CLAUSE_LIBRARY && frontmatter) {
		(frontmatter['citations'] as string[]).push(CLAUSE_LIBRARY_MARKER);
		(frontmatter['terms'] as string[]).push(CLAUSE_LIBRARY_MARKER);
		frontmatter['clauseLibraryAt'] = Number(frontmatter['headingCount'] ?? 0);
		return;
	}
	if (name !== 'Cite' && name !== 'Term') return;
	const id = literalId(node);
	if (typeof id !== 'string') {
		const where = `${ctx.fileURL?.pathname ?? 'an MDX file'}:${node.position?.start.line ?? '?'}`;
		throw new Error(`${where}: <${name}> ${id.error}`);
	}
	const list = ctx.data.astro?.frontmatter[COLLECTED[name]] as string[] | undefined;
	list?.push(id);
}

/** The references the plugin collected, read back from a rendered entry's `remarkPluginFrontmatter`. */
export function readGuideReferences(frontmatter: Record<string, unknown>): GuideReferences {
	const list = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
	return { citations: list(frontmatter['citations']), terms: list(frontmatter['terms']) };
}

/** How many of the guide's headings come before its clause library, or undefined when it shows none. */
export function clauseLibraryPosition(frontmatter: Record<string, unknown>): number | undefined {
	const at = frontmatter['clauseLibraryAt'];
	return typeof at === 'number' ? at : undefined;
}
