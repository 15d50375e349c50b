// A telephone number as a link: the `tel:` address keeps only the digits and the leading `+`; the visible number keeps
// its groups together with no-break spaces, so a line never breaks inside it.

/** `tel:` link for a number written for people (`+359 2 000 0000` → `tel:+35920000000`). */
export function telephoneHref(telephone: string): string {
	return `tel:${telephone.replace(/[^\d+]/g, '')}`;
}

/** The number as shown: its spaces made no-break. */
export function telephoneText(telephone: string): string {
	return telephone.trim().replace(/\s+/g, '\u00a0');
}
