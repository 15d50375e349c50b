/** Where the contact page's islands (contactOptions.ts, contactForm.ts) find a visit's campaign besides their own URL. */

/** Search string of the site page the reader came from, if it was this site (the referrer policy is same-origin). */
export function referrerSearch(): string {
	try {
		const from = new URL(document.referrer);
		return from.origin === location.origin ? from.search : '';
	} catch {
		return '';
	}
}
