import { expect, test } from 'vitest';
import { marketCsv } from '@/lib/stats/marketCsv';
import { toCsv } from '@/lib/stats/toCsv';
import { statsSchema } from '@/schemas/stats';
import market from '../../../src/content/stats/bulgaria-market.json';
import { parseCsv } from '../../support/csv';

test('the test CSV reader handles quotes, doubled quotes, commas, line breaks and the byte-order mark', () => {
	expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",3\r\n')).toEqual([
		['a', 'b'],
		['x, y', 'say "hi"'],
		['two\nlines', '3'],
	]);
	expect(parseCsv('a,b\nc,')).toEqual([
		['a', 'b'],
		['c', ''],
	]);
	expect(() => parseCsv('"open')).toThrow('quoted field');
});

test('it reads back exactly what toCsv and marketCsv write', () => {
	expect(parseCsv(toCsv(['h1', 'h2'], [['=1+2', 'a "b", c']]))).toEqual([
		['h1', 'h2'],
		["'=1+2", 'a "b", c'],
	]);
	const data = statsSchema.parse(market['bulgaria-outsourcing']);
	expect(parseCsv(marketCsv(data, 'bg')).slice(1).map((row) => row[4])).toEqual(data.years.map(() => data.source.bg));
});
