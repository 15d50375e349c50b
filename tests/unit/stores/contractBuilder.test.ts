// The builder's store made from a fake address bar and storage and a fixture clause library, as a page load makes it
// from the browser's: loading, saving, ticking, typing and starting over, checked without a page.
import { describe, expect, test, vi } from 'vitest';
import { BUILDER_STORAGE_KEY, encodeStoredBuilder } from '@/lib/clauses/builderState';
import { CLAUSE_FIELDS, FIELD_IDS, type FieldId } from '@/lib/clauses/fields';
import { DEFAULT_ANSWERS } from '@/lib/risk/factors';
import { createBuilderStore, type BuilderData } from '@/stores/contractBuilder';

const [dealField] = FIELD_IDS as [FieldId];
const durationField = FIELD_IDS.find((id) => CLAUSE_FIELDS[id].kind === 'duration') as FieldId;
const DATA: BuilderData = {
	index: {
		clauses: [
			{ id: 'always', paragraphs: 2, definitions: ['party'], fields: [], footnote: true },
			{ id: 'offshore', paragraphs: 1, definitions: [], fields: [durationField], footnote: true },
		],
		definitions: [{ id: 'party', always: true, fields: [dealField] }],
	},
	rules: [
		{ id: 'always', always: true, when: [], safeguards: [] },
		{ id: 'offshore', always: false, when: [{ location: ['offshore'] }], safeguards: [] },
	],
	mode: 'bg',
};

function load(search = '', stored?: string, storageThrows = false) {
	const storage = new Map<string, string>(stored === undefined ? [] : [[BUILDER_STORAGE_KEY, stored]]);
	const guard = <T>(run: () => T): T => {
		if (storageThrows) throw new DOMException('denied', 'SecurityError');
		return run();
	};
	const replaceQuery = vi.fn<(search: string) => void>();
	const store = createBuilderStore({
		search,
		data: DATA,
		storage: {
			getItem: (key) => guard(() => storage.get(key) ?? null),
			setItem: (key, value) => guard(() => void storage.set(key, value)),
			removeItem: (key) => guard(() => void storage.delete(key)),
		},
		replaceQuery,
		onOtherTab: () => undefined,
	});
	return { ...store, storage, replaceQuery };
}

describe('contractBuilder store', () => {
	test('a fresh visit: the recommended clauses, laid out, in the page’s language; nothing saved until the reader acts', () => {
		const { $state, $layout, $recommended, storage } = load();
		expect($state.get()).toEqual({ answers: DEFAULT_ANSWERS, clauses: ['always'], mode: 'bg', fields: {} });
		expect($layout.get().clauses.map((c) => c.id)).toEqual(['always']);
		expect($layout.get().fields).toEqual([dealField]);
		expect([...$recommended.get().keys()]).toEqual(['always']);
		expect(storage.size).toBe(0);
	});

	test('a link is saved at once and leaves only campaign parameters in the address bar', () => {
		const { $state, storage, replaceQuery } = load('?location=offshore&utm_source=ad');
		expect($state.get().clauses).toEqual(['always', 'offshore']);
		expect(storage.get(BUILDER_STORAGE_KEY)).toBe(encodeStoredBuilder($state.get()));
		expect(replaceQuery).toHaveBeenCalledWith('?utm_source=ad');
	});

	test('where storage refuses, the link stays in the address bar and the draft still works', () => {
		const { $state, replaceQuery, setClause } = load('?location=offshore', undefined, true);
		expect(replaceQuery).not.toHaveBeenCalled();
		setClause('always', false);
		expect($state.get().clauses).toEqual(['offshore']);
	});

	test('ticking keeps library order; typing is saved as typed and checked; the layout asks for the ticked clauses’ fields', () => {
		const { $state, $checks, $layout, setClause, setField, setMode, storage } = load();
		setClause('offshore', true);
		setClause('always', false);
		setClause('always', true);
		expect($state.get().clauses).toEqual(['always', 'offshore']);
		expect($layout.get().fields).toEqual(FIELD_IDS.filter((id) => id === dealField || id === durationField));
		setField(durationField, ' 12 ');
		setField(dealField, 'x'.repeat(10_000));
		expect($checks.get()[durationField]).toEqual({ state: 'ok', value: '12' });
		expect($checks.get()[dealField]).toMatchObject({ state: 'invalid', problem: 'tooLong' });
		setMode('both');
		expect(JSON.parse(storage.get(BUILDER_STORAGE_KEY) ?? '{}')).toMatchObject({ fields: { [durationField]: ' 12 ', [dealField]: 'x'.repeat(10_000) } });
		setField(durationField, '   ');
		expect($state.get().fields[durationField]).toBeUndefined();
	});

	test('saved work comes back as it was left, and starting over keeps the answers and forgets the rest', () => {
		const saved = encodeStoredBuilder({ answers: { ...DEFAULT_ANSWERS, location: 'offshore' }, clauses: ['offshore'], mode: 'en', fields: { [dealField]: 'Acme' } });
		const { $state, $loaded, startOver } = load('', saved);
		expect($state.get()).toEqual({ answers: { ...DEFAULT_ANSWERS, location: 'offshore' }, clauses: ['offshore'], mode: 'en', fields: { [dealField]: 'Acme' } });
		expect($loaded.get()?.source).toBe('saved');
		startOver();
		expect($state.get()).toEqual({ answers: { ...DEFAULT_ANSWERS, location: 'offshore' }, clauses: ['always', 'offshore'], mode: 'bg', fields: {} });
		expect($loaded.get()).toBeNull();
	});

	test('corrupt saved work is replaced, and loading says so', () => {
		const { $loaded, storage } = load('', '{"choices":');
		expect($loaded.get()?.corrupt).toBe(true);
		expect(JSON.parse(storage.get(BUILDER_STORAGE_KEY) ?? 'null')).toMatchObject({ fields: {} });
	});
});
