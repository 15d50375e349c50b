// Every built page carries a strict Content-Security-Policy, stated before anything it governs, and loads nothing from
// another origin, and lists the hashes of its own inline scripts and styles, no others (src/build/checks/pageCsp.ts).
// (Inline styles and inline scripts without their hash already fail the build: src/build/checks/htmlChecks.ts.)
import { expect, test } from 'vitest';
import { cspHash } from '@/build/checks/pageCsp';
import { contactFormDirectives } from '@/lib/contactForm/csp';
import { LOCALES } from '@/lib/i18n/locales';
import { localizePath } from '@/lib/i18n/localizePath';
import { siteConfig } from '@/site.config';
import { ANALYTICS, distFiles, htmlFiles, readDist } from '../support/dist';
import { all, attribute, parseHtml, sourceText, type Root } from '../support/html';

const pages = htmlFiles();

const CSP = 'meta[http-equiv="content-security-policy"]';
/** The page's Content-Security-Policy `<meta>`s, each as its directives (name → values). */
const policies = (html: Root) =>
	all(html, CSP).map(
		(meta) =>
			new Map(
				(attribute(meta, 'content') ?? '')
					.split(';')
					.map((d) => d.trim().split(/\s+/))
					.filter((parts) => parts[0])
					.map(([name, ...values]) => [name as string, values]),
			),
	);
/** A URL on another origin (absolute or protocol-relative), but for the tracker of the firm's analytics, if set. */
const elsewhere = (url: string | undefined) => url !== undefined && url !== ANALYTICS?.src && /^(https?:)?\/\//.test(url);
/** The one other origin a page's policy may name: that of the firm's analytics, if set (tests/dist/analytics.test.ts). */
const analyticsOrigin = (value: string) => value === ANALYTICS?.origin;
/** The pages that may compile WebAssembly ('wasm-unsafe-eval'): the search pages, for Pagefind's search engine. */
const WASM_PAGES = /(^|\/)search\/index\.html$/;
/** The contact pages, whose policy names the firm's form endpoint when it has one on another origin. */
const CONTACT_PAGES = LOCALES.map((locale) => `${localizePath('/contact/', locale).slice(1)}index.html`);
/**
 * The Trusted Types policy names the shipped scripts create (`trustedTypes.createPolicy('name', …)`), read from every
 * script in dist/, as a `trusted-types` directive's values (`'none'` when there are none); a call whose name is not a
 * string literal throws here, so none can slip past the list.
 */
function trustedTypesDirective(): string[] {
	const names = new Set<string>();
	for (const file of distFiles().filter((name) => /\.m?js$/.test(name))) {
		for (const call of readDist(file).matchAll(/createPolicy\(\s*(?:(['"`])([^'"`]*)\1)?/g)) {
			if (call[2] === undefined) throw new Error(`${file}: createPolicy with a name that is not a string literal`);
			names.add(call[2]);
		}
	}
	return names.size > 0 ? [...names].sort() : ["'none'"];
}
const TRUSTED_TYPES = trustedTypesDirective();
/** Scripts that hold data, not code: the browser never runs them. */
const DATA_SCRIPT = '[type="application/ld+json"], [type="application/json"]';

test.each(pages)('%s has a strict CSP and no third-party references', (file) => {
	const html = parseHtml(readDist(file));
	expect(policies(html)).toHaveLength(1);
	const [directives = new Map<string, string[]>()] = policies(html);
	expect(directives.get('default-src')).toEqual(["'self'"]);
	expect(directives.get('object-src')).toEqual(["'none'"]);
	expect(directives.get('base-uri')).toEqual(["'self'"]);
	const wasm = WASM_PAGES.test(file) ? ["'wasm-unsafe-eval'"] : [];
	for (const name of ['script-src', 'style-src']) {
		const values = directives.get(name) ?? [];
		expect(values[0], name).toBe("'self'");
		const keywords = values.filter((v) => !/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(v) && !analyticsOrigin(v));
		expect(keywords, name).toEqual(["'self'", ...(name === 'script-src' ? wasm : [])]);
	}
	// Nothing unsafe, no other origin but the firm's analytics server, if set; on the search pages, compiling WebAssembly (never evaluating JavaScript) and no
	// more; on the contact pages, the firm's form endpoint, if it has one elsewhere (tests/dist/contact.test.ts).
	const form = CONTACT_PAGES.includes(file) ? contactFormDirectives(siteConfig.contactForm?.endpoint).map((d) => d.split(' ')[1]) : [];
	expect([...directives.values()].flat().filter((v) => /unsafe-|https?:|\*/.test(v) && !analyticsOrigin(v))).toEqual([...form, ...wasm]);
	// DOM sinks take Trusted Types only, and no script may create a policy but those the site's scripts create.
	expect(directives.get('require-trusted-types-for')).toEqual(["'script'"]);
	expect(directives.get('trusted-types')).toEqual(TRUSTED_TYPES);
	// Not in the page: WebKit applies it to a plain-http host too (http://127.0.0.1 included) and then fails to load
	// every module script. The https host headers carry it (public/_headers, tests/dist/headers.test.ts).
	expect(directives.has('upgrade-insecure-requests')).toBe(false);
	// Nothing is loaded from elsewhere: scripts, styles, images, fonts, frames.
	expect(all(html, 'script[src], img[src], iframe[src], source[src], video[src], audio[src]').map((e) => attribute(e, 'src')).filter(elsewhere)).toEqual([]);
	const linked = all(html, 'link[rel~="stylesheet"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="icon"], link[rel~="preconnect"], link[rel~="dns-prefetch"]');
	expect(linked.map((e) => attribute(e, 'href')).filter(elsewhere)).toEqual([]);
});

test.each(pages)('%s states its policy before any script or style (a <meta> policy only governs what comes after it)', (file) => {
	const html = parseHtml(readDist(file));
	const [first] = all(html, `${CSP}, script:not(${DATA_SCRIPT}), style, link[rel~="stylesheet"]`);
	expect(first && attribute(first, 'http-equiv')).toBe('content-security-policy');
});

test.each(pages)("%s lists only its own inline scripts' and styles' hashes, and every one of them", (file) => {
	const html = parseHtml(readDist(file));
	const [directives = new Map<string, string[]>()] = policies(html);
	const hashes = (name: string) => (directives.get(name) ?? []).filter((v) => v.startsWith("'sha")).sort();
	const own = (selector: string) => [...new Set(all(html, selector).map((element) => cspHash(sourceText(element))))].sort();
	expect(hashes('script-src')).toEqual(own(`script:not([src]):not(${DATA_SCRIPT})`));
	expect(hashes('style-src')).toEqual(own('style'));
});
