/**
 * What a store reads and writes outside itself, and the browser's own: the address, localStorage (every call guarded:
 * privacy modes and full quotas throw), the address bar and other tabs' writes. Tests hand the stores fakes instead.
 */

export interface StoreEnvironment {
	/** The page address's query string when the store is made (`?scope=ito…`). */
	search: string;
	/** Where state is kept between visits; any call may throw (privacy modes, quota, disabled cookies). */
	storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
	/** Replaces the page address's query string without a reload (may throw in some embedded browsers). */
	replaceQuery(search: string): void;
	/**
	 * Calls `listener` with the value of `key` when other tabs changed it: when one writes or clears it (or clears all
	 * storage), and when this page comes back from the back/forward cache to find it changed while it was away.
	 */
	onOtherTab(key: string, listener: (newValue: string | null) => void): void;
}

/** Storage with every call guarded: what the stores read and write through. */
export interface GuardedStorage {
	/** The stored value: null when there is none, undefined when storage would not answer. */
	read(key: string): string | null | undefined;
	/** Stores the value; false when storage refused it (state then still works on this page). */
	write(key: string, value: string): boolean;
	/** Forgets the value; a storage that refuses has nothing saved either. */
	remove(key: string): void;
}

export function guardStorage(storage: StoreEnvironment['storage']): GuardedStorage {
	return {
		read: (key) => {
			try {
				return storage.getItem(key);
			} catch {
				return undefined;
			}
		},
		write: (key, value) => {
			try {
				storage.setItem(key, value);
				return true;
			} catch {
				return false;
			}
		},
		remove: (key) => {
			try {
				storage.removeItem(key);
			} catch {
				// Nothing could be saved either.
			}
		},
	};
}

/** Storage that refuses everything: what a store gets when the browser will not even hand out localStorage. */
const NO_STORAGE: StoreEnvironment['storage'] = {
	getItem: () => null,
	setItem: () => {
		throw new DOMException('storage unavailable', 'SecurityError');
	},
	removeItem: () => undefined,
};

/** The environment of the page the script runs in. */
export function browserEnvironment(): StoreEnvironment {
	let storage = NO_STORAGE;
	try {
		storage = localStorage; // Reading the property itself throws where storage is disabled.
	} catch {
		// NO_STORAGE it is.
	}
	return {
		search: location.search,
		storage,
		replaceQuery: (search) => {
			history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
		},
		onOtherTab: (key, listener) => {
			addEventListener('storage', (event) => {
				if (event.key === key || event.key === null) listener(event.newValue);
			});
			// Storage events do not reach a page in the back/forward cache: compare the value when it left with the value
			// when it comes back. (Unchanged, as when nothing could be saved, the page keeps what it shows.)
			const guarded = guardStorage(storage);
			const read = () => guarded.read(key);
			let left = read();
			addEventListener('pagehide', () => {
				left = read();
			});
			addEventListener('pageshow', (event) => {
				const now = read();
				if (event.persisted && now !== undefined && now !== left) listener(now);
			});
		},
	};
}
