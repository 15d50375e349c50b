import type { HastNode } from 'satteri';
import { expect, test } from 'vitest';
import { tableLabel } from '@/build/markdown/scrollableTables';

const text = (value: string): HastNode => ({ type: 'text', value });
const el = (tagName: string, children: HastNode[]): HastNode => ({ type: 'element', tagName, properties: {}, children }) as HastNode;
const textOf = (node: HastNode): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');

test('names a table by its header cells', () => {
	const table = el('table', [el('thead', [el('tr', [el('th', [text('Kind')]), el('th', [text(' Risk ')]), el('th', [])])]), el('tbody', [])]);
	expect(tableLabel(table as Extract<HastNode, { type: 'element' }>, textOf)).toBe('Kind, Risk');
});

test('a table without a header row gets no label (the plugin then says "Table")', () => {
	const table = el('table', [el('tbody', [el('tr', [el('td', [text('x')])])])]);
	expect(tableLabel(table as Extract<HastNode, { type: 'element' }>, textOf)).toBe('');
});
