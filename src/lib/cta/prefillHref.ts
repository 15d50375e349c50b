// The writing side of a prefilled contact message: the calculator and the contract builder link to the contact page
// with a summary in the fragment (read back by readPrefill.ts on the contact page).
import { cutToLength } from '@/lib/i18n/graphemes';

/**
 * Longest prefilled message accepted from a link (UTF-16 code units); longer text is cut between characters, never
 * rejected. As long as the mail-link rule (MAX_MAILTO_LENGTH): the builder's Bulgarian summary of a deal with every
 * answer and every clause of the library ticked is 1,266 characters, and it must arrive whole.
 */
export const MAX_PREFILL = 2000;

/** The contact page link carrying a prefilled message in its fragment. */
export function prefillHref(contactPath: string, message: string): string {
	return `${contactPath}#${new URLSearchParams({ message: cutToLength(message, MAX_PREFILL) }).toString()}`;
}
