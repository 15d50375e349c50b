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
	/** Calls `listener` when another tab writes or clears storage (`key` is null when it was cleared). */
	onOtherTab(listener: (key: string | null, newValue: string | null) => void): void;
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
		onOtherTab: (listener) => {
			addEventListener('storage', (event) => {
				listener(event.key, event.newValue);
			});
		},
	};
}
