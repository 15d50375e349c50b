// Short rich texts kept in YAML (a clause's risk, advice and law): inline MDX, parsed with the same parser as the
// guides, into a small tree the site's components render. Only what a sentence needs is allowed, so a block, an
// expression or an unknown component fails the build naming the file and the field instead of rendering oddly.
import { mdxToMdast, type MdastNode } from 'satteri';

/** A node of a rich text: text, emphasis, a link, a citation of a source or a link to a glossary term. */
export type RichNode =
	| { readonly type: 'text'; readonly value: string }
	| { readonly type: 'strong' | 'emphasis'; readonly children: readonly RichNode[] }
	| { readonly type: 'link'; readonly href: string; readonly children: readonly RichNode[] }
	| { readonly type: 'cite'; readonly id: string }
	| { readonly type: 'term'; readonly id: string; readonly children: readonly RichNode[] };

/** A rich text read, or why it could not be. */
export type ParsedRichText = { ok: true; nodes: RichNode[] } | { ok: false; problems: string[] };

/** Reads one inline rich text (one paragraph). */
export function parseRichText(text: string): ParsedRichText {
	const problems: string[] = [];
	let root: MdastNode;
	try {
		root = mdxToMdast(text);
	} catch (error) {
		return { ok: false, problems: [`not valid MDX: ${(error as Error).message.split('\n')[0] ?? ''}`] };
	}
	const blocks = 'children' in root ? (root.children as MdastNode[]) : [];
	if (blocks.length !== 1 || blocks[0]?.type !== 'paragraph') return { ok: false, problems: ['write one paragraph of inline text (no lists, headings or blank lines)'] };
	const nodes = convert((blocks[0] as MdastNode & { children: MdastNode[] }).children, problems);
	return problems.length > 0 ? { ok: false, problems } : { ok: true, nodes };
}

function convert(children: readonly MdastNode[], problems: string[]): RichNode[] {
	return children.flatMap((node): RichNode[] => {
		switch (node.type) {
			case 'text':
				return [{ type: 'text', value: node.value }];
			case 'strong':
			case 'emphasis':
				return [{ type: node.type, children: convert(node.children, problems) }];
			case 'link':
				return [{ type: 'link', href: node.url, children: convert(node.children, problems) }];
			case 'mdxJsxTextElement': {
				const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
				if (typeof id !== 'string' || id === '') {
					problems.push(`<${node.name ?? ''}> needs a literal id="…"`);
					return [];
				}
				if (node.name === 'Cite') return [{ type: 'cite', id }];
				if (node.name === 'Term') return [{ type: 'term', id, children: convert(node.children, problems) }];
				problems.push(`<${node.name ?? ''}> is not allowed here (only <Cite id="…" /> and <Term id="…">…</Term>)`);
				return [];
			}
			default:
				problems.push(`${node.type} is not allowed in a short text (use plain words, **bold**, *emphasis*, links, <Cite> and <Term>)`);
				return [];
		}
	});
}

/** The source ids a rich text cites, in order. */
export function citationsOf(nodes: readonly RichNode[]): string[] {
	return nodes.flatMap((n) => (n.type === 'cite' ? [n.id] : 'children' in n ? citationsOf(n.children) : []));
}

/** The glossary terms a rich text links, in order. */
export function termsOf(nodes: readonly RichNode[]): string[] {
	return nodes.flatMap((n) => (n.type === 'term' ? [n.id, ...termsOf(n.children)] : 'children' in n ? termsOf(n.children) : []));
}

/** The text a reader sees (citations left out). */
export function plainTextOf(nodes: readonly RichNode[]): string {
	return nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'cite' ? '' : plainTextOf(n.children))).join('');
}

/** The rich-text fields of a clause, in reading order. */
export const CLAUSE_RICH_FIELDS = ['risk', 'adapt', 'mistakes', 'law'] as const;

/** A clause's rich texts in one language, as written (`risk`, `adapt`, `mistakes`, `law`). */
export type ClauseRichTexts = Readonly<Record<(typeof CLAUSE_RICH_FIELDS)[number], string>>;

/**
 * What the clause library cites and links, in reading order (clause by clause, field by field): where a guide shows the
 * library, these take its place in the guide's references. Throws on text that does not parse (the content checks name
 * the file first in a build).
 */
export function clauseLibraryReferences(clauses: readonly ClauseRichTexts[]): { citations: string[]; terms: string[] } {
	const nodes = clauses.flatMap((clause) =>
		CLAUSE_RICH_FIELDS.flatMap((field) => {
			const parsed = parseRichText(clause[field]);
			if (!parsed.ok) throw new Error(`${field}: ${parsed.problems.join('; ')}`);
			return parsed.nodes;
		}),
	);
	return { citations: citationsOf(nodes), terms: termsOf(nodes) };
}
