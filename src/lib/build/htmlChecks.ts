import { decodeEntities } from './decodeEntities';

/** A problem found in a built page, reported with the page it is on. */
export interface PageProblem {
	page: string;
	message: string;
}

/** What the checks need to know about the built site: its pages' HTML and whether a path exists. */
export interface BuiltSite {
	/** Site-relative file path (e.g. `guides/x/index.html`) → HTML. */
	pages: ReadonlyMap<string, string>;
	/** Whether a site-relative file path (e.g. `og-image.png`) exists in the output. */
	hasFile(file: string): boolean;
}

const ORIGIN = 'https://site.invalid';

/** The URL path a built HTML file is served at (`guides/x/index.html` → `/guides/x/`). */
export function pathOfPage(file: string): string {
	return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The output file a root-relative path is served from, following static-host conventions (`/x/` → `x/index.html`). */
export function fileForPath(pathname: string, hasFile: (file: string) => boolean): string | undefined {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname).replace(/^\//, '');
	} catch {
		return undefined;
	}
	const candidates = decoded === '' || decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}.html`, `${decoded}/index.html`];
	return candidates.find(hasFile);
}

/** Every id attribute in a page. */
export function idsIn(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1] ?? '')));
}

/** The URLs a page links to or loads: href, src, srcset, and same-site URLs in meta content (og:image…). */
export function referencesIn(html: string, site: string): string[] {
	const references: string[] = [];
	for (const [, attribute, raw = ''] of html.matchAll(/\s(href|src|srcset|content)="([^"]*)"/g)) {
		const value = decodeEntities(raw);
		if (attribute === 'content') {
			if (value.startsWith(site)) references.push(value);
		} else if (attribute === 'srcset') {
			references.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
		} else {
			references.push(value);
		}
	}
	return references.filter((r) => r !== '' && !/^(mailto|tel|data|javascript|blob):/i.test(r));
}

/**
 * Internal links and assets that lead nowhere: a path with no file behind it, or a #fragment with no such id.
 * Links to other origins are left alone (the site makes none; the CSP test guards that separately).
 */
export function findBrokenLinks(built: BuiltSite, site: string): PageProblem[] {
	const siteOrigin = new URL(site).origin;
	const idCache = new Map<string, Set<string>>();
	const problems: PageProblem[] = [];
	for (const [page, html] of built.pages) {
		const base = new URL(pathOfPage(page), ORIGIN);
		for (const reference of referencesIn(html, siteOrigin)) {
			const absolute = reference.startsWith(siteOrigin) ? reference.replace(siteOrigin, ORIGIN) : reference;
			let url: URL;
			try {
				url = new URL(absolute, base);
			} catch {
				problems.push({ page, message: `malformed link "${reference}"` });
				continue;
			}
			if (url.origin !== ORIGIN) continue;
			const target = fileForPath(url.pathname, built.hasFile);
			if (!target) {
				problems.push({ page, message: `broken link "${reference}": nothing is built at ${url.pathname}` });
				continue;
			}
			const fragment = safeDecode(url.hash.slice(1));
			if (!fragment || !target.endsWith('.html')) continue;
			const targetHtml = built.pages.get(target);
			if (targetHtml === undefined) continue;
			if (!idCache.has(target)) idCache.set(target, idsIn(targetHtml));
			if (!idCache.get(target)?.has(fragment)) problems.push({ page, message: `broken link "${reference}": ${target} has no id "${fragment}"` });
		}
	}
	return problems;
}

/** Images without alternative text. Decorative images must say so (role="presentation" or aria-hidden). */
export function findImagesWithoutAlt(built: BuiltSite): PageProblem[] {
	const problems: PageProblem[] = [];
	for (const [page, html] of built.pages) {
		for (const [tag] of html.matchAll(/<img\b[^>]*>/g)) {
			if (/\srole="(presentation|none)"|\saria-hidden="true"/.test(tag)) continue;
			const alt = /\salt="([^"]*)"/.exec(tag)?.[1];
			if (alt === undefined || alt.trim() === '') {
				const src = /\ssrc="([^"]*)"/.exec(tag)?.[1] ?? '(no src)';
				problems.push({ page, message: `image ${src} has no alt text` });
			}
		}
	}
	return problems;
}

/** One readable block listing every problem, grouped by page. */
export function formatProblems(problems: readonly PageProblem[]): string {
	const byPage = Map.groupBy(problems, (p) => p.page);
	return [...byPage].map(([page, list]) => `dist/${page}\n${list.map((p) => `  - ${p.message}`).join('\n')}`).join('\n');
}

function safeDecode(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}
