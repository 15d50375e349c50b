// The browser's side of the stores' environment, with the page's globals stubbed: which storage events and page
// shows reach a store, and that storage which throws never breaks the page.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { browserEnvironment } from '@/stores/browserEnvironment';

type Handler = (event: Partial<StorageEvent & PageTransitionEvent>) => void;

function page(storage: Partial<Storage> | 'throws') {
	const handlers = new Map<string, Handler[]>();
	vi.stubGlobal('addEventListener', (type: string, handler: Handler) => handlers.set(type, [...(handlers.get(type) ?? []), handler]));
	vi.stubGlobal('location', { search: '?scope=ito', pathname: '/calculator/', hash: '' });
	if (storage === 'throws') {
		Object.defineProperty(globalThis, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('denied', 'SecurityError');
			},
		});
	} else vi.stubGlobal('localStorage', storage);
	const fire = (type: string, event: Partial<StorageEvent & PageTransitionEvent>) => {
		for (const handler of handlers.get(type) ?? []) handler(event);
	};
	return { fire };
}

/** A store listening to other tabs' changes of the key `answers` on a page with `storage`: what it hears, in order. */
function listenOn(storage: Partial<Storage> | 'throws') {
	const { fire } = page(storage);
	const environment = browserEnvironment();
	const heard: (string | null)[] = [];
	environment.onOtherTab('answers', (value) => heard.push(value));
	return { fire, heard, environment };
}

afterEach(() => {
	vi.unstubAllGlobals();
	Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('browserEnvironment', () => {
	test('hands a store the writes of its own key and a clear of all storage, not other keys', () => {
		const { fire, heard } = listenOn({ getItem: () => null });
		fire('storage', { key: 'answers', newValue: '{"scope":"kpo"}' });
		fire('storage', { key: 'other', newValue: 'x' });
		fire('storage', { key: null, newValue: null });
		expect(heard).toEqual(['{"scope":"kpo"}', null]);
	});

	test('back from the back/forward cache, hands a store the value other tabs left meanwhile, and nothing when it is unchanged', () => {
		const stored = new Map([['answers', '{"scope":"lpo"}']]);
		const { fire, heard } = listenOn({ getItem: (key: string) => stored.get(key) ?? null });
		fire('pagehide', { persisted: true });
		fire('pageshow', { persisted: true });
		expect(heard).toEqual([]);
		fire('pagehide', { persisted: true });
		stored.set('answers', '{"scope":"kpo"}');
		fire('pageshow', { persisted: true });
		fire('pagehide', { persisted: true });
		stored.delete('answers');
		fire('pageshow', { persisted: true });
		expect(heard).toEqual(['{"scope":"kpo"}', null]);
	});

	test('an ordinary load is not a return: its page show hands nothing', () => {
		const stored = new Map([['answers', '{"scope":"lpo"}']]);
		const { fire, heard } = listenOn({ getItem: (key: string) => stored.get(key) ?? null });
		stored.set('answers', '{"scope":"kpo"}');
		fire('pageshow', { persisted: false });
		expect(heard).toEqual([]);
	});

	test('storage that refuses every call: reading again changes nothing and throws nothing', () => {
		const { fire, heard, environment } = listenOn('throws');
		expect(() => {
			fire('pagehide', { persisted: true });
			fire('pageshow', { persisted: true });
		}).not.toThrow();
		expect(heard).toEqual([]);
		expect(() => environment.storage.setItem('answers', '{}')).toThrow();
		expect(environment.search).toBe('?scope=ito');
	});
});
