// The store module runs in the browser; here its globals are stubbed so its wiring (load, save, start over) is checked
// without a page. Each test imports a fresh copy, as a page load would.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_ANSWERS } from '@/lib/risk/factors';
import { STORAGE_KEY } from '@/lib/risk/storedAnswers';

interface Page {
	search?: string;
	stored?: string;
	/** Makes every storage call throw, as in some privacy modes. */
	storageThrows?: boolean;
}

async function load({ search = '', stored, storageThrows = false }: Page = {}) {
	const storage = new Map<string, string>(stored === undefined ? [] : [[STORAGE_KEY, stored]]);
	const guard = <T>(run: () => T): T => {
		if (storageThrows) throw new DOMException('denied', 'SecurityError');
		return run();
	};
	const replaceState = vi.fn();
	const listeners = new Map<string, (event: Partial<StorageEvent>) => void>();
	vi.stubGlobal('addEventListener', (type: string, listener: (event: Partial<StorageEvent>) => void) => listeners.set(type, listener));
	vi.stubGlobal('location', { search, pathname: '/calculator/', hash: '' });
	vi.stubGlobal('history', { state: null, replaceState });
	vi.stubGlobal('localStorage', {
		getItem: (key: string) => guard(() => storage.get(key) ?? null),
		setItem: (key: string, value: string) => guard(() => void storage.set(key, value)),
		removeItem: (key: string) => guard(() => void storage.delete(key)),
	});
	vi.resetModules();
	const store = await import('@/stores/riskAnswers');
	/** What the browser does in this tab when another tab writes (or clears) the key. */
	const otherTabWrites = (newValue: string | null, key: string | null = STORAGE_KEY) => listeners.get('storage')?.({ key, newValue });
	return { ...store, storage, replaceState, otherTabWrites };
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('riskAnswers store', () => {
	test('a fresh visitor gets the defaults, and nothing is written until they answer', async () => {
		const { $answers, $result, storage } = await load();
		expect($answers.get()).toEqual(DEFAULT_ANSWERS);
		expect($result.get().overall).toBeGreaterThan(0);
		expect(storage.size).toBe(0);
	});

	test('a link wins over saved answers, is saved, and leaves only campaign parameters in the address bar', async () => {
		const { $answers, storage, replaceState } = await load({
			search: '?scope=ito&location=offshore&utm_source=ad',
			stored: '{"scope":"kpo"}',
		});
		expect($answers.get()).toEqual({ ...DEFAULT_ANSWERS, scope: 'ito', location: 'offshore' });
		expect(JSON.parse(storage.get(STORAGE_KEY) ?? '{}')).toMatchObject({ scope: 'ito', location: 'offshore' });
		expect(replaceState).toHaveBeenCalledWith(null, '', '/calculator/?utm_source=ad');
	});

	test('saved answers are restored, and every change is saved and rescored', async () => {
		const { $answers, $result, setAnswer, storage, replaceState } = await load({ stored: '{"scope":"lpo","share":["know-how"]}' });
		expect($answers.get()).toEqual({ ...DEFAULT_ANSWERS, scope: 'lpo', share: ['know-how'] });
		expect(replaceState).not.toHaveBeenCalled();
		const before = $result.get().overall;
		setAnswer('safeguards', ['nda', 'audit', 'timesheets']);
		expect(JSON.parse(storage.get(STORAGE_KEY) ?? '{}').safeguards).toEqual(['nda', 'audit', 'timesheets']);
		expect($result.get().overall).toBeLessThan(before);
	});

	test('bad saved data is reported once and replaced with what was kept', async () => {
		const { $answers, $loaded, storage } = await load({ stored: '{"scope":"ito","org":"pirate"}' });
		expect($answers.get()).toEqual({ ...DEFAULT_ANSWERS, scope: 'ito' });
		expect($loaded.get()?.ignored).toEqual([{ field: 'org', value: 'pirate' }]);
		expect(JSON.parse(storage.get(STORAGE_KEY) ?? '{}')).toMatchObject({ scope: 'ito', org: 'sme' });
	});

	test('start over restores the defaults, clears storage and the notice', async () => {
		const { $answers, $loaded, startOver, storage } = await load({ search: '?scope=ito&x=1' });
		expect($loaded.get()?.ignored).toHaveLength(1);
		startOver();
		expect($answers.get()).toEqual(DEFAULT_ANSWERS);
		expect($loaded.get()).toBeNull();
		expect(storage.has(STORAGE_KEY)).toBe(false);
	});

	test('storage that throws is survived: answers still work, nothing is saved, and the link stays in the address bar', async () => {
		const { $answers, $result, setAnswer, startOver, replaceState } = await load({ search: '?scope=kpo', storageThrows: true });
		expect($answers.get().scope).toBe('kpo');
		// The answers exist only in the link now: stripping it would lose them on reload.
		expect(replaceState).not.toHaveBeenCalled();
		expect(() => setAnswer('org', 'large')).not.toThrow();
		expect($result.get().scores.unqualifiedPersonnel).toBeGreaterThan(0);
		expect(() => startOver()).not.toThrow();
	});

	test('answers changed in another tab appear here, and are not written back as a change', async () => {
		const { $answers, $loaded, storage, otherTabWrites } = await load({ stored: '{"scope":"lpo"}' });
		const other = '{"scope":"ito","location":"offshore","org":"startup","share":["source-code"],"safeguards":["nda"]}';
		storage.set(STORAGE_KEY, other);
		otherTabWrites(other);
		expect($answers.get()).toEqual({ scope: 'ito', location: 'offshore', org: 'startup', share: ['source-code'], safeguards: ['nda'] });
		expect($loaded.get()).toBeNull();
		expect(JSON.parse(storage.get(STORAGE_KEY) ?? '{}')).toEqual(JSON.parse(other));
	});

	test('another tab starting over brings this one back to the defaults; unreadable data and other keys are ignored', async () => {
		const { $answers, otherTabWrites } = await load({ stored: '{"scope":"lpo"}' });
		otherTabWrites('{"scope":"kpo"}', 'some-other-key');
		otherTabWrites('not json');
		expect($answers.get().scope).toBe('lpo');
		otherTabWrites(null);
		expect($answers.get()).toEqual(DEFAULT_ANSWERS);
	});
});
