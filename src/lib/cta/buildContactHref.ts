import { percentEncode } from './pickUtmParams';

export interface ContactLinkOptions {
	/** Campaign parameters to keep attributable, from `pickUtmParams`. */
	utm?: ReadonlyArray<readonly [string, string]>;
	/** E-mail subject (mailto links only). */
	subject?: string;
	/** E-mail body (mailto links only). */
	body?: string;
}

/**
 * Builds the contact link: a `mailto:` address gets subject and body (and the campaign as a last line of the body,
 * since mail has nowhere else to carry it); a web address (absolute or root-relative) gets the utm_* query parameters,
 * keeping its own query and fragment. Encoding follows RFC 6068 for mail (`%20`, not `+`).
 */
export function buildContactHref(base: string, { utm = [], subject, body }: ContactLinkOptions = {}): string {
	if (base.startsWith('mailto:')) {
		const campaign = utm.map(([key, value]) => `${key}=${value}`).join('&');
		const fullBody = [body, campaign && `[${campaign}]`].filter(Boolean).join('\n\n');
		const fields = [
			subject ? `subject=${percentEncode(subject)}` : '',
			fullBody ? `body=${percentEncode(fullBody)}` : '',
		].filter(Boolean);
		return fields.length ? `${base}?${fields.join('&')}` : base;
	}
	const url = new URL(base, 'https://placeholder.invalid');
	for (const [key, value] of utm) url.searchParams.set(key, value);
	if (/^[a-z][a-z0-9+.-]*:/i.test(base)) return url.href;
	return `${url.pathname}${url.search}${url.hash}`;
}
