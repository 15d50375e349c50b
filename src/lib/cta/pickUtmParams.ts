import { splitGraphemes } from '@/lib/i18n/graphemes';
import { percentEncode } from './percentEncode';

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
 * Characters no campaign value may carry: controls (NUL, tab, CR, LF…) and invisible formatting (zero-width spaces, the
 * soft hyphen, the bidirectional overrides such as U+202E that make a value read differently from what it holds). An
 * emoji sequence's joiners and a flag's tag characters belong to the emoji (the first group) and stay.
 */
const INVISIBLE = /(\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)*[\u{E0020}-\u{E007F}]*)|[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * A campaign value without control and invisible characters (line breaks and tabs become spaces, the rest go): the one
 * rule for every value the site reads (pickUtmParams) and every value the campaign-link tool writes
 * (src/lib/campaign/campaignLink.ts), so neither a link nor the contact e-mail carries a character no one can see.
 */
export function stripInvisible(value: string): string {
	return value.replace(INVISIBLE, (found, emoji?: string) => emoji ?? (/[\t-\r\x85\u2028\u2029]/.test(found) ? ' ' : ''));
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
 * Click and subscriber ids that ad networks, newsletters and analytics tools append to links on their own (lower case,
 * as normaliseParamName compares them). The site never carries them on, but a page that reads its address ignores them
 * silently like `utm_*`: they are not the reader's mistake.
 */
export const CLICK_ID_PARAMS = [
	// Google Ads, Display & Video 360, Search Console, Analytics cross-domain linker
	'gclid',
	'gclsrc',
	'gbraid',
	'wbraid',
	'dclid',
	'srsltid',
	'_gl',
	// Microsoft Advertising
	'msclkid',
	// Meta (Facebook, Instagram)
	'fbclid',
	'igshid',
	// LinkedIn, X, TikTok, Reddit, Pinterest, Snapchat, Yandex
	'li_fat_id',
	'twclid',
	'ttclid',
	'rdt_cid',
	'epik',
	'sccid',
	'yclid',
	// Mailchimp, HubSpot, Marketo, Adobe Analytics
	'mc_cid',
	'mc_eid',
	'_hsenc',
	'_hsmi',
	'mkt_tok',
	's_kwcid',
] as const;

/** Whether a parameter is campaign attribution rather than content: a `utm_*` key or a click id (CLICK_ID_PARAMS). */
export function isCampaignParam(name: string): boolean {
	const key = normaliseParamName(name);
	return isUtmKey(key) || (CLICK_ID_PARAMS as readonly string[]).includes(key);
}

/**
 * Collects the standard `utm_*` parameters from query strings, the first source winning for each key, in the
 * standard order. Keys are matched case-insensitively and normalised to lowercase; values lose their invisible
 * characters (stripInvisible), are trimmed and capped (capUtmValue); empty values are dropped.
 */
export function pickUtmParams(...sources: ReadonlyArray<string | URLSearchParams>): Array<[UtmKey, string]> {
	const picked = new Map<string, string>();
	for (const source of sources) {
		const params = typeof source === 'string' ? new URLSearchParams(source) : source;
		for (const [rawKey, rawValue] of params) {
			const key = normaliseParamName(rawKey);
			const value = capUtmValue(stripInvisible(rawValue).trim());
			if (isUtmKey(key) && value !== '' && !picked.has(key)) picked.set(key, value);
		}
	}
	return UTM_KEYS.flatMap((key) => {
		const value = picked.get(key);
		return value === undefined ? [] : [[key, value] as [UtmKey, string]];
	});
}
