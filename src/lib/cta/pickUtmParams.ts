import { splitGraphemes } from '@/lib/i18n/graphemes';

/**
 * The campaign parameters the site carries: the five standard UTM keys, nothing else. One rule for every place that
 * reads them (contact links, the calculator's share links and address bar), so made-up keys never pile up.
 */
export const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;

export type UtmKey = (typeof UTM_KEYS)[number];

/** Longest value carried over: long enough for any real campaign name, short enough to keep links sane. */
export const MAX_UTM_VALUE = 100;

/**
 * Longest value once percent-encoded. A hundred characters can weigh far more in a link (an emoji is twelve characters
 * encoded, a Cyrillic letter six), and the contact e-mail link must stay short whatever the campaign: five values of
 * at most this weight leave most of a 2,000-character mailto link to the subject and the message (fitMailto.ts).
 */
export const MAX_UTM_ENCODED = 150;

/**
 * `text` percent-encoded as a URI component (RFC 3986, `%20` for a space). A lone surrogate, which a cut in the middle of
 * an emoji leaves behind and which `encodeURIComponent` refuses, becomes U+FFFD instead of throwing.
 */
export function percentEncode(text: string): string {
	return encodeURIComponent(text.toWellFormed());
}

/** A campaign value cut to MAX_UTM_VALUE characters and MAX_UTM_ENCODED encoded characters, never inside a character. */
export function capUtmValue(value: string): string {
	let result = '';
	let count = 0;
	let encoded = 0;
	for (const segment of splitGraphemes(value, MAX_UTM_ENCODED)) {
		encoded += percentEncode(segment).length;
		if (count === MAX_UTM_VALUE || encoded > MAX_UTM_ENCODED) break;
		result += segment;
		count += 1;
	}
	return result;
}

/** A query parameter's name as the site compares it: trimmed and lower-cased (`UTM_Source ` is `utm_source`). */
export function normaliseParamName(name: string): string {
	return name.trim().toLowerCase();
}

/** Whether a query parameter name is one of the standard campaign keys (case and surrounding spaces ignored). */
export function isUtmKey(name: string): boolean {
	return (UTM_KEYS as readonly string[]).includes(normaliseParamName(name));
}

/**
 * Collects the standard `utm_*` parameters from query strings, the first source winning for each key, in the
 * standard order. Keys are matched case-insensitively and normalised to lowercase; values are trimmed and capped
 * (capUtmValue); empty values are dropped.
 */
export function pickUtmParams(...sources: ReadonlyArray<string | URLSearchParams>): Array<[UtmKey, string]> {
	const picked = new Map<string, string>();
	for (const source of sources) {
		const params = typeof source === 'string' ? new URLSearchParams(source) : source;
		for (const [rawKey, rawValue] of params) {
			const key = normaliseParamName(rawKey);
			const value = capUtmValue(rawValue.trim());
			if (isUtmKey(key) && value !== '' && !picked.has(key)) picked.set(key, value);
		}
	}
	return UTM_KEYS.flatMap((key) => {
		const value = picked.get(key);
		return value === undefined ? [] : [[key, value] as [UtmKey, string]];
	});
}
