/** Campaign parameters are `utm_` plus a short name (utm_source, utm_medium, utm_campaign, utm_term, utm_content, utm_id …). */
const UTM_KEY = /^utm_[a-z0-9_]{1,40}$/;
/** Longest value carried over: long enough for any real campaign name, short enough to keep links sane. */
export const MAX_UTM_VALUE = 200;

/**
 * Collects `utm_*` parameters from query strings, the first source winning for each key.
 * Keys are matched case-insensitively and normalised to lowercase; empty values are dropped.
 */
export function pickUtmParams(...sources: ReadonlyArray<string | URLSearchParams>): Array<[string, string]> {
	const picked = new Map<string, string>();
	for (const source of sources) {
		const params = typeof source === 'string' ? new URLSearchParams(source) : source;
		for (const [rawKey, rawValue] of params) {
			const key = rawKey.toLowerCase();
			const value = rawValue.trim().slice(0, MAX_UTM_VALUE);
			if (UTM_KEY.test(key) && value !== '' && !picked.has(key)) picked.set(key, value);
		}
	}
	return [...picked];
}
