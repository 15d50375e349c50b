// The contact page's side of a prefilled message: reading it from the address. Only that page runs it (astro.config.mjs
// keeps it out of the chunk the calculator and the builder share with the contact page).
import { cutToLength } from '@/lib/i18n/graphemes';
import { MAX_PREFILL } from './prefillHref';

/**
 * Reads the message a page handed to the contact page in the URL fragment (`#message=…`).
 * The fragment never reaches a server, so the text stays in the reader's browser until they send it.
 * Returns plain text (the caller puts it in a form field's value, never into HTML); malformed escapes give ''.
 */
export function readPrefill(hash: string): string {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const message = params.get('message') ?? '';
	// Drop control characters other than line breaks and tabs; they only break mail clients.
	// eslint-disable-next-line no-control-regex
	return cutToLength(message.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim(), MAX_PREFILL);
}
