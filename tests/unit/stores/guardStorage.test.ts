// Storage with every call guarded, as the stores and the back/forward check use it: what a working storage answers, and
// that a storage which throws (privacy modes, a full quota) never throws out of it.
import { describe, expect, test } from 'vitest';
import { guardStorage } from '@/stores/browserEnvironment';

function memoryStorage() {
	const values = new Map<string, string>();
	return {
		values,
		storage: {
			getItem: (key: string) => values.get(key) ?? null,
			setItem: (key: string, value: string) => void values.set(key, value),
			removeItem: (key: string) => void values.delete(key),
		},
	};
}

const refusing = (name: string) => {
	const refuse = (): never => {
		throw new DOMException('refused', name);
	};
	return { getItem: refuse, setItem: refuse, removeItem: refuse };
};

describe('guardStorage', () => {
	test('reads, writes and forgets through a working storage', () => {
		const { values, storage } = memoryStorage();
		const guarded = guardStorage(storage);
		expect(guarded.read('k')).toBeNull();
		expect(guarded.write('k', 'v')).toBe(true);
		expect(values.get('k')).toBe('v');
		expect(guarded.read('k')).toBe('v');
		guarded.remove('k');
		expect(values.has('k')).toBe(false);
		expect(guarded.read('k')).toBeNull();
	});

	test.each(['SecurityError', 'QuotaExceededError'])('a storage throwing %s: unreadable, unwritable, nothing thrown', (name) => {
		const guarded = guardStorage(refusing(name));
		expect(guarded.read('k')).toBeUndefined();
		expect(guarded.write('k', 'v')).toBe(false);
		expect(() => guarded.remove('k')).not.toThrow();
	});

	test('a write refused for its size leaves the value stored before', () => {
		const { values, storage } = memoryStorage();
		values.set('k', 'old');
		const guarded = guardStorage({
			...storage,
			setItem: (key, value) => {
				if (value.length > 3) throw new DOMException('full', 'QuotaExceededError');
				storage.setItem(key, value);
			},
		});
		expect(guarded.write('k', 'too long')).toBe(false);
		expect(guarded.read('k')).toBe('old');
		expect(guarded.write('k', 'new')).toBe(true);
		expect(guarded.read('k')).toBe('new');
	});
});
