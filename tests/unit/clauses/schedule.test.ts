// The shape of a schedule: library order whatever the ticking order, numbers, the terms the ticked clauses use, one
// footnote per clause that cites the law, and the deal fields still to fill in; over a fixture index defined here.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CURRENCY } from '@/lib/clauses/fieldValues';
import { CLAUSE_FIELDS, FIELD_IDS, type FieldId } from '@/lib/clauses/fields';
import { layoutSchedule, type ScheduleIndex } from '@/lib/clauses/schedule';

const amount = FIELD_IDS.find((id) => CLAUSE_FIELDS[id].kind === 'amount') as FieldId;
const [first, second, third] = FIELD_IDS.filter((id) => CLAUSE_FIELDS[id].kind !== 'amount' && id !== CURRENCY) as [FieldId, FieldId, FieldId];

const INDEX: ScheduleIndex = {
	clauses: [
		{ id: 'a', paragraphs: 3, definitions: ['results'], fields: [second], footnote: true },
		{ id: 'b', paragraphs: 1, definitions: [], fields: [], footnote: true },
		{ id: 'c', paragraphs: 2, definitions: ['personnel', 'results'], fields: [amount], footnote: false },
		{ id: 'd', paragraphs: 4, definitions: [], fields: [third], footnote: true },
	],
	definitions: [
		{ id: 'party', always: true, fields: [first] },
		{ id: 'results', always: false, fields: [] },
		{ id: 'personnel', always: false, fields: [] },
	],
};
const ids = INDEX.clauses.map((c) => c.id);

describe('layoutSchedule', () => {
	test('numbers the Definitions first, then the ticked clauses in library order, their paragraphs n.1, n.2…', () => {
		const layout = layoutSchedule(INDEX, ['d', 'a', 'zzz', 'a']);
		expect(layout.definitions).toEqual({ id: 'definitions', number: '1', paragraphs: ['1.1', '1.2'], footnote: null, terms: ['party', 'results'] });
		expect(layout.clauses).toEqual([
			{ id: 'a', number: '2', paragraphs: ['2.1', '2.2', '2.3'], footnote: 1 },
			{ id: 'd', number: '3', paragraphs: ['3.1', '3.2', '3.3', '3.4'], footnote: 2 },
		]);
	});

	test('a lone paragraph takes its section’s number alone; a clause without law has no footnote', () => {
		const layout = layoutSchedule(INDEX, ['b', 'c']);
		expect(layout.clauses).toEqual([
			{ id: 'b', number: '2', paragraphs: [''], footnote: 1 },
			{ id: 'c', number: '3', paragraphs: ['3.1', '3.2'], footnote: null },
		]);
		// Terms in their own order, each once, whatever order the clauses name them in.
		expect(layout.definitions?.terms).toEqual(['party', 'results', 'personnel']);
	});

	test('asks for the fields of the ticked clauses and the terms they use, in form order, and the currency with a sum', () => {
		expect(layoutSchedule(INDEX, []).fields).toEqual([first]);
		expect(layoutSchedule(INDEX, ['c']).fields).toEqual(FIELD_IDS.filter((id) => [first, amount, CURRENCY].includes(id)));
	});

	test('with nothing to define there is no Definitions section and the clauses start at 1', () => {
		const layout = layoutSchedule({ ...INDEX, definitions: [] }, ['b']);
		expect(layout.definitions).toBeNull();
		expect(layout.clauses[0]?.number).toBe('1');
	});

	test('for any selection: sections numbered 1…n without gaps, footnotes 1…k in order, library order kept', () => {
		fc.assert(
			fc.property(fc.shuffledSubarray(ids), (selected) => {
				const layout = layoutSchedule(INDEX, selected);
				expect(layout.clauses.map((c) => c.id)).toEqual(ids.filter((id) => selected.includes(id)));
				const numbers = [layout.definitions?.number, ...layout.clauses.map((c) => c.number)].filter(Boolean).map(Number);
				expect(numbers).toEqual(numbers.map((_, i) => i + 1));
				const notes = layout.clauses.flatMap((c) => (c.footnote === null ? [] : [c.footnote]));
				expect(notes).toEqual(notes.map((_, i) => i + 1));
				for (const clause of layout.clauses) for (const p of clause.paragraphs) expect(p === '' || p.startsWith(`${clause.number}.`)).toBe(true);
			}),
		);
	});
});
