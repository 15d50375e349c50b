import { describe, expect, test } from 'vitest';
import { RISK_WEIGHTS } from '@/lib/risk/weights';
import { weightTables } from '@/lib/risk/weightTables';

/** Every number in an object tree with its dotted path. */
function leaves(value: unknown, path = ''): Array<[string, number]> {
	if (typeof value === 'number') return [[path, value]];
	return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

describe('weightTables', () => {
	const tables = weightTables();
	const cells = tables.flatMap((table) => table.rows.flatMap((row) => row.cells));

	test('shows every weight of RISK_WEIGHTS exactly once, with its value', () => {
		const expected = leaves(RISK_WEIGHTS);
		expect(cells.map((cell) => [cell.path, cell.value])).toEqual(expect.arrayContaining(expected));
		expect(cells).toHaveLength(expected.length);
		expect(new Set(cells.map((cell) => cell.path)).size).toBe(cells.length);
	});

	test('has one table per RISK_WEIGHTS key, in the formula’s order', () => {
		expect(tables.map((table) => table.key)).toEqual(Object.keys(RISK_WEIGHTS));
	});

	test('answer tables have a cell per risk dimension; the others a single value column', () => {
		for (const table of tables) {
			const width = table.columns === 'value' ? 1 : table.columns.length;
			for (const row of table.rows) expect(row.cells, table.key).toHaveLength(width);
		}
	});

	test('reads the weights it is given, so nothing is typed twice', () => {
		const changed = { ...RISK_WEIGHTS, maxBlend: 0.5 };
		const blend = weightTables(changed).find((table) => table.key === 'maxBlend');
		expect(blend?.rows[0]?.cells[0]?.value).toBe(0.5);
	});
});
