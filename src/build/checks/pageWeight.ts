import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** Raw and gzip bytes of some content. */
export interface Bytes {
	raw: number;
	gzip: number;
}

/** What a browser downloads to show a page, before any lazy import: the document, its CSS and its JS. */
export interface PageWeight {
	html: Bytes;
	css: Bytes;
	js: Bytes;
	/** Asset files loaded at page load (stylesheets, scripts and their static imports), as site paths. */
	files: string[];
	/** JS chunks loaded later through dynamic `import()` (with their own static imports), as site paths. */
	lazyFiles: string[];
	/** Bytes of the lazy chunks. */
	lazyJs: Bytes;
}

export function bytesOf(content: string | Buffer): Bytes {
	const buffer = typeof content === 'string' ? Buffer.from(content) : content;
	return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Bytes = { raw: 0, gzip: 0 };

/** A URL attribute (`href`, `src`) of an element, when it has one. */
const url = (element: Element, name: 'href' | 'src'): string | undefined => {
	const value = element.properties[name];
	return typeof value === 'string' ? value : undefined;
};

/** Static `import … from "./x.js"` / `import "./x.js"` specifiers of a bundled module (dynamic `import()` excluded: lazy). */
export function staticImports(js: string): string[] {
	return [...js.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1] ?? '');
}

/** Site paths of the chunks a module imports dynamically (loaded later, e.g. when a chart scrolls into view). */
export function dynamicImports(js: string): string[] {
	return [...js.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1] ?? '');
}

/**
 * Weighs a built page: the HTML itself (inline CSS and JS included), and separately the CSS and JS it carries
 * inline plus the files it loads at page load, following static imports between chunks. `read(path)` returns a
 * site file's content (for root-relative paths such as `/_astro/x.js`).
 */
export function pageWeight(html: string, read: (sitePath: string) => string): PageWeight {
	let css = ZERO;
	let js = ZERO;
	const files: string[] = [];
	// Parsed, as a browser reads the page; a style's or script's text is its code as written.
	const tree = fromHtml(html);
	for (const style of selectAll('style', tree)) css = add(css, bytesOf(toString(style)));
	for (const link of selectAll('link[rel~="stylesheet"]', tree)) {
		const href = url(link, 'href');
		if (href === undefined) continue;
		files.push(href);
		css = add(css, bytesOf(read(href)));
	}
	const entries: string[] = [];
	const lazyEntries: string[] = [];
	// JSON and JSON-LD scripts are data, not code the page runs.
	for (const script of selectAll('script:not([type="application/ld+json"]):not([type="application/json"])', tree)) {
		const src = url(script, 'src');
		if (src !== undefined) entries.push(src);
		else {
			const body = toString(script);
			js = add(js, bytesOf(body));
			entries.push(...staticImports(body));
			lazyEntries.push(...dynamicImports(body));
		}
	}
	for (const link of selectAll('link[rel~="modulepreload"]', tree)) {
		const href = url(link, 'href');
		if (href !== undefined) entries.push(href);
	}
	const initial = jsClosure(entries, read);
	for (const { path, content } of initial) {
		files.push(path);
		js = add(js, bytesOf(content));
	}
	const loaded = new Set(initial.map((f) => f.path));
	const lazy = jsClosure(
		[...lazyEntries, ...initial.flatMap(({ path, content }) => dynamicImports(content).map((specifier) => resolve(specifier, path)))],
		read,
		loaded,
	);
	return {
		html: bytesOf(html),
		css,
		js,
		files,
		lazyFiles: lazy.map((f) => f.path),
		lazyJs: lazy.reduce((sum, f) => add(sum, bytesOf(f.content)), ZERO),
	};
}

/** Resolves an import specifier against the module (site path) that contains it. */
function resolve(specifier: string, from: string): string {
	return new URL(specifier, `https://site.invalid${from}`).pathname;
}

/** Every module reachable from `entries` through static imports, each once, skipping those already `loaded`. */
function jsClosure(entries: readonly string[], read: (sitePath: string) => string, loaded: ReadonlySet<string> = new Set()) {
	const seen = new Set(loaded);
	const modules: Array<{ path: string; content: string }> = [];
	const queue = entries.map((entry) => resolve(entry, '/_astro/'));
	while (queue.length > 0) {
		const path = queue.shift() as string;
		if (seen.has(path)) continue;
		seen.add(path);
		const content = read(path);
		modules.push({ path, content });
		queue.push(...staticImports(content).map((specifier) => resolve(specifier, path)));
	}
	return modules;
}

/**
 * The start of a page that a browser needs to paint its first screen: the head (meta, inlined CSS, theme script),
 * the site header, and the page's `<h1>` with the paragraph after it. HTML is parsed as it streams in, so once these
 * bytes have arrived the first screen can render, whatever follows.
 */
export function firstScreenHtml(html: string): string {
	const tree = fromHtml(html);
	const h1 = select('h1', tree)?.position?.start.offset;
	if (h1 === undefined) return html;
	const end = selectAll('p', tree).find((p) => (p.position?.start.offset ?? -1) > h1)?.position?.end.offset;
	return end === undefined ? html : html.slice(0, end);
}
