// Reading built HTML as a browser does: parsed into hast (the syntax tree of Astro's Markdown pipeline, also used by
// src/build/checks/htmlChecks.ts), queried with CSS selectors, character references decoded by the parser.
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { find, html } from 'property-information';

export type { Element, Root };

/** A page (or a fragment, completed as a browser would) as a syntax tree. */
export const parseHtml = (text: string): Root => fromHtml(text);

/** The first element that matches a CSS selector; fails, naming the selector, when none does. */
export function one(tree: Nodes, selector: string): Element {
	const found = select(selector, tree);
	if (!found) throw new Error(`no element matches ${selector}`);
	return found;
}

/** Every element that matches a CSS selector, in document order. */
export const all = (tree: Nodes, selector: string): Element[] => selectAll(selector, tree);

/** The text of a node as written: a script's or style's code, byte for byte (hashes and sizes are taken of it). */
export const sourceText = (node: Nodes): string => toString(node);

/** The text a reader sees: tags dropped, white space collapsed (no-break spaces are text, and stay). */
export const textOf = (node: Nodes): string => toString(node).replace(/[ \t\n\f\r]+/g, ' ').trim();

/** An attribute's value as the HTML writes it (`data-year`, `for`, `class`), or undefined when it is absent. */
export function attribute(element: Element, name: string): string | undefined {
	const info = find(html, name);
	const value = element.properties[info.property];
	if (value === undefined || value === null || value === false) return undefined;
	if (value === true) return '';
	return Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : String(value);
}

/** The header and data cells of each body row of a table. */
export const bodyRows = (table: Element): Element[][] =>
	all(table, 'tbody > tr').map((row) => row.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'th' || cell.tagName === 'td')));
