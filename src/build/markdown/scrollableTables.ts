import type { HastNode, HastPluginDefinition } from 'satteri';

type Element = Extract<HastNode, { type: 'element' }>;

const isElement = (node: HastNode, tagName: string): node is Element => node.type === 'element' && node.tagName === tagName;

/** The header cells of a table's first row: the name a screen reader announces for its scroll box. */
export function tableLabel(table: Element, textOf: (node: HastNode) => string): string {
	const head = table.children.find((child) => isElement(child, 'thead'));
	const row = head?.type === 'element' ? head.children.find((child) => isElement(child, 'tr')) : undefined;
	const cells = row?.type === 'element' ? row.children.filter((child) => isElement(child, 'th')) : [];
	return cells
		.map((cell) => textOf(cell).trim())
		.filter(Boolean)
		.join(', ');
}

/**
 * Wraps every Markdown table in a keyboard-focusable box that scrolls sideways on its own, so a wide comparison
 * table never widens the page on a phone. The box is a named section (a region) so screen readers say what it holds.
 */
export const scrollableTables: HastPluginDefinition = {
	name: 'scrollable-tables',
	element: {
		filter: ['table'],
		visit(node, ctx) {
			const label = tableLabel(node, (n) => ctx.textContent(n));
			ctx.wrapNode(node, {
				type: 'element',
				tagName: 'section',
				properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: label || 'Table' },
				children: [],
			});
		},
	},
};
