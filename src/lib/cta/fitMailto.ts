import { splitGraphemes } from '@/lib/i18n/graphemes';
import { buildContactHref, type ContactLinkOptions } from './buildContactHref';

/**
 * Longest `mailto:` link the site hands to a mail program, counted on the finished, percent-encoded href. Longer links
 * fail to open in several mail clients and on some systems (Outlook and Windows' URL handler start refusing them
 * around 2,000 characters), so the link is fitted to this length and the page offers the full message to copy.
 */
export const MAX_MAILTO_LENGTH = 2000;

export interface FitMailtoOptions extends ContactLinkOptions {
	/** The translated line that ends a shortened message: it says so and points to the copy button. */
	note: string;
	/** Longest href allowed; MAX_MAILTO_LENGTH unless a test asks for less. */
	max?: number;
}

export interface FittedMailto {
	/** The finished link, at most `max` characters. */
	href: string;
	/** Whether the message in it had to be shortened (the page then says so). */
	shortened: boolean;
}

/** Only spaces and line breaks: a cut message does not end on them. */
const BLANK = /^\s+$/u;

/** The first `count` characters of a message, trailing blanks dropped, followed by the note. */
function shortenedBody(graphemes: readonly string[], count: number, note: string): string {
	let end = count;
	while (end > 0 && BLANK.test(graphemes[end - 1] ?? '')) end -= 1;
	return end === 0 ? note : `${graphemes.slice(0, end).join('')}…\n\n${note}`;
}

/**
 * The contact e-mail link (buildContactHref) fitted to `max` characters. The address, subject and campaign line are
 * always kept; a body that fits is left as it is; a longer one keeps as many of its first user-perceived characters as
 * fit (never splitting an accented letter or an emoji) and ends with `note`. Binary search on the encoded length: the
 * length only grows with the number of characters kept.
 *
 * The campaign line is bounded by pickUtmParams (five values of at most MAX_UTM_ENCODED encoded characters) and the
 * subject comes from site.config.ts, so with the site's inputs the note always fits. Were it ever not to, the message
 * is left out entirely, then the campaign, rather than hand the mail program a link it cannot open.
 */
export function fitMailto(base: string, { utm = [], subject = '', body = '', note, max = MAX_MAILTO_LENGTH }: FitMailtoOptions): FittedMailto {
	const full = buildContactHref(base, { utm, subject, body });
	if (full.length <= max) return { href: full, shortened: false };
	// Every character kept adds at least one character to the link, so no more than `max` code units can ever fit.
	const graphemes = splitGraphemes(body, max);
	const withCount = (count: number) => buildContactHref(base, { utm, subject, body: shortenedBody(graphemes, count, note) });
	if (body === '' || withCount(0).length > max) {
		const fallback = [buildContactHref(base, { utm, subject }), buildContactHref(base, { subject }), base].find((href) => href.length <= max);
		return { href: fallback ?? base, shortened: body !== '' };
	}
	// Invariant: `low` characters fit, `high` characters do not (the whole body plus the note is longer than `full`).
	let low = 0;
	let high = graphemes.length;
	while (high - low > 1) {
		const middle = Math.floor((low + high) / 2);
		if (withCount(middle).length <= max) low = middle;
		else high = middle;
	}
	return { href: withCount(low), shortened: true };
}
