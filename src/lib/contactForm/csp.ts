// The contact page's CSP when the firm has a form endpoint: the page may post the form there (form-action) and the
// script may send it there (connect-src). A path on this site needs nothing ('self' allows it already), and without a
// form the page's policy is the site's own, unchanged.

/**
 * The CSP source naming just the endpoint: its origin and path (a query or fragment never counts in a source), with
 * `;` and `,` percent-encoded so they cannot end the directive or the policy. Undefined for a path on this site.
 */
export function endpointSource(endpoint: string): string | undefined {
	if (endpoint.startsWith('/')) return undefined;
	const url = new URL(endpoint);
	const path = url.pathname === '/' ? '' : url.pathname.replaceAll(';', '%3B').replaceAll(',', '%2C');
	return `${url.origin}${path}`;
}

/** The directives the contact page adds (`Astro.csp.insertDirective`, which merges each into the site's own). */
export function contactFormDirectives(endpoint: string | undefined): Array<`form-action ${string}` | `connect-src ${string}`> {
	const source = endpoint === undefined ? undefined : endpointSource(endpoint);
	return source === undefined ? [] : [`form-action ${source}`, `connect-src ${source}`];
}
