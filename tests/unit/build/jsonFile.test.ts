import { describe, expect, test } from 'vitest';
import { lineAndColumn, parseJsonFile } from '@/build/checks/jsonFile';

describe('parseJsonFile', () => {
	test('parses valid JSON', () => {
		expect(parseJsonFile('{"a": [1, 2]}', 'x.json')).toEqual({ a: [1, 2] });
	});

	test('names the file, line and column of a syntax error', () => {
		const text = '{\n\t"year": 2021,\n\t"adoptionPercent": 45\n\t"companyTypes": []\n}';
		expect(() => parseJsonFile(text, 'src/content/stats/bulgaria-market.json')).toThrow(/^src\/content\/stats\/bulgaria-market\.json:4:2: invalid JSON: /);
	});

	test('points at the end of a truncated file', () => {
		expect(() => parseJsonFile('{"a": [1,', 'cut.json')).toThrow(/^cut\.json:1:\d+: invalid JSON/);
	});
});

test('lineAndColumn counts from 1', () => {
	expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
	expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
});
