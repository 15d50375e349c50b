// The store made from a fake address bar, storage and other tab, as a page load would make it from the browser's:
// its wiring (load, save, start over, follow another tab) is checked without a page.
import { describe, expect, test, vi } from 'vitest';
import { DEFAULT_ANSWERS } from '@/lib/risk/factors';
import { STORAGE_KEY } from '@/lib/risk/storedAnswers';
import { createRiskStore } from '@/stores/riskAnswers';

interface Page {
	search?: string;
	stored?: string;
	/** Makes every storage call throw, as in some privacy modes. */
	storageThrows?: boolean;
}

function load({ search = '', stored, storageThrows = false }: Page = {}) {
	const storage = new Map<string, string>(stored === undefined ? [] : [[STORAGE_KEY, stored]]);
	const guard = <T>(run: () => T): T => {
		if (storageThrows) throw new DOMException('denied', 'SecurityError');
		return run();
	};
	const replaceQuery = vi.fn<(search: string) => void>();
	let otherTab: ((newValue: string | null) => void) | undefined;
	const store = createRiskStore({
		search,
		storage: {
			getItem: (key) => guard(() => storage.get(key) ?? null),
			setItem: (key, value) => guard(() => void storage.set(key, value)),
			removeItem: (key) => guard(() => void storage.delete(key)),
		},
		replaceQuery,
		onOtherTab: (key, listener) => {
			expect(key).toBe(STORAGE_KEY);
			otherTab = listener;
		},
	});
	/** What the browser environment does in this tab when another tab writes (or clears) the key, or this page comes back from the back/forward cache. */
	const otherTabWrites = (newValue: string | null) => otherTab?.(newValue);
	return { ...store, storage, replaceQuery, otherTabWrites };
}

describe('riskAnswers store', () => {
	test('a fresh visitor gets the defaults, and nothing is written until they answer', () => {
		const { $answers, $result, storage } = load();
		expect($answers.get()).toEqual(DEFAULT_ANSWERS);
		expect($result.get().overall).toBeGreaterThan(0);
		expect(storage.size).toBe(0);
	});

	test('a link wins over saved answers, is saved, and leaves only campaign parameters in the address bar', () => {
		const { $answers, storage, replaceQuery } = load({
			search: '?scope=ito&location=offshore&utm_source=ad',
			stored: '{"scope":"kpo"}',
		});
		expect($answers.get()).toEqual({ ...DEFAULT_ANSWERS, scope: 'ito', location: 'offshore' });
		expect(JSON.parse(storage.get(STORAGE_KEY) ?? '{}')).toMatchObject({ scope: 'ito', location: 'offshore' });
		expect(replaceQuery).toHaveBeenCalledWith('?utm_source=ad');
	});

	test('a link with no answer the calculator recognises leaves the saved answers as they were, and the address clean', () => {
		const stored = '{"scope":"lpo","share":["know-how"]}';
		const { $answers, $loaded, storage, replaceQuery } = load({ search: '?scope=zzz&utm_source=ad', stored });
		expect($answers.get()).toEqual({ ...DEFAULT_ANSWERS, scope: 'lpo', share: ['know-how'] });
		expect(storage.get(STORAGE_KEY)).toBe(stored);
		expect($loaded.get()?.linkSetAside).toBe(true);
		expect(replaceQuery).toHaveBeenCalledWith('?utm_source=ad');
	});

	test('saved answers are restored, and every change is saved and rescored', () => {
		const { $answers, $result, setAnswer, storage, replaceQuery } = load({ stored: '{"scope":"lpo","share":["know-how"]}' });
		expect($answers.get()).toEqual({ ...DEFAULT_ANSWERS, scope: 'lpo', share: ['know-how'] });
		expect(replaceQuery).not.toHaveBeenCalled();
		const before = $result.get().overall;
		setAnswer('safeguards', ['nda', 'audit', 'timesheets']);
		expect((JSON.parse(storage.get(STORAGE_KEY) ?? '{}') as { safeguards?: unknown }).safeguards).toEqual(['nda', 'audit', 'timesheets']);
		expect($result.get().overall).toBeLessThan(before);
	});

	test('bad saved data is reported once and replaced with what was kept', () => {
		const { $answers, $loaded, storage } = load({ stored: '{"scope":"ito","org":"pirate"}' });
		expect($answers.get()).toEqual({ ...DEFAULT_ANSWERS, scope: 'ito' });
		expect($loaded.get()?.ignored).toEqual([{ field: 'org', value: 'pirate' }]);
		expect(JSON.parse(storage.get(STORAGE_KEY) ?? '{}')).toMatchObject({ scope: 'ito', org: 'sme' });
	});

	test('start over restores the defaults, clears storage and the notice', () => {
		const { $answers, $loaded, startOver, storage } = load({ search: '?scope=ito&x=1' });
		expect($loaded.get()?.ignored).toHaveLength(1);
		startOver();
		expect($answers.get()).toEqual(DEFAULT_ANSWERS);
		expect($loaded.get()).toBeNull();
		expect(storage.has(STORAGE_KEY)).toBe(false);
	});

	test('storage that throws is survived: answers still work, nothing is saved, and the link stays in the address bar', () => {
		const { $answers, $result, setAnswer, startOver, replaceQuery } = load({ search: '?scope=kpo', storageThrows: true });
		expect($answers.get().scope).toBe('kpo');
		// The answers exist only in the link now: stripping it would lose them on reload.
		expect(replaceQuery).not.toHaveBeenCalled();
		expect(() => setAnswer('org', 'large')).not.toThrow();
		expect($result.get().scores.unqualifiedPersonnel).toBeGreaterThan(0);
		expect(() => startOver()).not.toThrow();
	});

	test('answers changed in another tab appear here, and are not written back as a change', () => {
		const { $answers, $loaded, storage, otherTabWrites } = load({ stored: '{"scope":"lpo"}' });
		const other = '{"scope":"ito","location":"offshore","org":"startup","share":["source-code"],"safeguards":["nda"]}';
		storage.set(STORAGE_KEY, other);
		otherTabWrites(other);
		expect($answers.get()).toEqual({ scope: 'ito', location: 'offshore', org: 'startup', share: ['source-code'], safeguards: ['nda'] });
		expect($loaded.get()).toBeNull();
		expect(JSON.parse(storage.get(STORAGE_KEY) ?? '{}')).toEqual(JSON.parse(other));
	});

	test('another tab starting over brings this one back to the defaults; unreadable data is ignored', () => {
		const { $answers, otherTabWrites } = load({ stored: '{"scope":"lpo"}' });
		otherTabWrites('not json');
		expect($answers.get().scope).toBe('lpo');
		otherTabWrites(null);
		expect($answers.get()).toEqual(DEFAULT_ANSWERS);
	});

	test('the same answers read again (back from the back/forward cache with nothing changed) keep the notice and write nothing', () => {
		const { $answers, $loaded, storage, otherTabWrites } = load({ stored: '{"scope":"ito","org":"pirate"}' });
		const notice = $loaded.get();
		expect(notice?.ignored).toEqual([{ field: 'org', value: 'pirate' }]);
		const saved = storage.get(STORAGE_KEY) ?? null;
		const listener = vi.fn();
		const stop = $answers.listen(listener);
		otherTabWrites(saved);
		stop();
		expect(listener).not.toHaveBeenCalled();
		expect($loaded.get()).toBe(notice);
	});
});
