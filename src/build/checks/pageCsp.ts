// Astro states one CSP per page, but lists in it the hashes of every inline script and style of the whole build, not
// only that page's (about 1 KB of incompressible base64 per page here). This keeps, in each page's policy, only the
// hashes of the inline scripts and styles that page has; every other source stays as it is. And it puts the policy
// before the first style or script it must govern (a <meta> policy only governs what comes after it): Astro writes it
// with its own head content, after what a component renders in <head> itself, such as the <Font> of the brand typeface.
import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { executableInlineScripts } from './htmlChecks';

const HASHED_DIRECTIVES = { 'script-src': 'script', 'style-src': 'style' } as const;
const HASH_SOURCE = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/=]+'$/;

/** `'sha256-…'` (or the given algorithm) of a script's or style's text, as a CSP source. */
export function cspHash(text: string, algorithm = 'sha256'): string {
	return `'${algorithm}-${createHash(algorithm).update(text).digest('base64')}'`;
}

/** A policy with each hash-listing directive cut down to the hashes `needed` (by kind), each source once; other directives untouched. */
export function prunePolicy(policy: string, needed: { script: readonly string[]; style: readonly string[] }): string {
	return policy
		.split(';')
		.map((directive) => {
			const [name = '', ...sources] = directive.trim().split(/\s+/);
			const kind = HASHED_DIRECTIVES[name as keyof typeof HASHED_DIRECTIVES] as 'script' | 'style' | undefined;
			if (kind === undefined) return directive;
			// Each source once: a page that names 'self' again (the search page, for 'wasm-unsafe-eval') beside the analytics' 'self'.
			const kept = [...new Set(sources.filter((source) => !HASH_SOURCE.test(source) || needed[kind].includes(source)))];
			return `${directive.startsWith(' ') ? ' ' : ''}${[name, ...kept].join(' ')}`;
		})
		.join(';');
}

/** Elements a CSP governs: styles, linked stylesheets and scripts that run (JSON and JSON-LD are data). */
const GOVERNED = 'style, link[rel~="stylesheet"], script:not([type="application/ld+json"]):not([type="application/json"])';

/**
 * The page with its CSP `<meta>` listing only the hashes its own inline scripts and styles need, moved before the first
 * element it governs if one came before it; else unchanged.
 */
export function withPageCsp(html: string): string {
	const tree = fromHtml(html);
	const meta = selectAll('meta', tree).find((element) => String(element.properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy');
	const policy = meta?.properties['content'];
	const start = meta?.position?.start.offset;
	const end = meta?.position?.end.offset;
	if (!meta || typeof policy !== 'string' || start === undefined || end === undefined) return html;
	const algorithm = /'(sha256|sha384|sha512)-/.exec(policy)?.[1] ?? 'sha256';
	const needed = {
		script: executableInlineScripts(tree).map((code) => cspHash(code, algorithm)),
		style: selectAll('style', tree).map((style: Element) => cspHash(toString(style), algorithm)),
	};
	const content = prunePolicy(policy, needed).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
	const rewritten = `<meta http-equiv="content-security-policy" content="${content}">`;
	const before = selectAll(GOVERNED, tree).find((element) => (element.position?.start.offset ?? Infinity) < start)?.position?.start.offset;
	if (before === undefined) return `${html.slice(0, start)}${rewritten}${html.slice(end)}`;
	return `${html.slice(0, before)}${rewritten}${html.slice(before, start)}${html.slice(end)}`;
}
