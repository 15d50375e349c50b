/**
 * `text` percent-encoded as a URI component (RFC 3986, `%20` for a space). A lone surrogate, which a cut in the middle of
 * an emoji leaves behind and which `encodeURIComponent` refuses, becomes U+FFFD instead of throwing.
 */
export function percentEncode(text: string): string {
	return encodeURIComponent(text.toWellFormed());
}
