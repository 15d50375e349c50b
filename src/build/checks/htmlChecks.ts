// Checks over the built site: on parsed HTML (hast, the HTML syntax tree Astro's own Markdown pipeline uses), links
// and fragments that lead nowhere and markup the strict CSP would silently block; with html-validate's own rules,
// images without alt text, inline styles and duplicate ids.
import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { HtmlValidate, type ConfigData } from 'html-validate';

/** A problem found in a built page, reported with the page it is on. */
export interface PageProblem {
	page: string;
	message: string;
}

/** What the checks need to know about the built site: its pages' HTML and whether a path exists. */
export interface BuiltSite {
	/** Site-relative file path (e.g. `guides/x/index.html`) → HTML. */
	pages: ReadonlyMap<string, string>;
	/** Whether a site-relative file path (e.g. `og/en/index.png`) exists in the output. */
	hasFile: (file: string) => boolean;
}

const ORIGIN = 'https://site.invalid';

/** A page's HTML as a syntax tree. */
export const parsePage = (html: string): Root => fromHtml(html);

/** The value of an attribute as the page states it (hast keeps class lists as arrays). */
function attr(element: Element, name: string): string | undefined {
	const value = element.properties[name];
	if (value === undefined || value === null || value === false) return undefined;
	return Array.isArray(value) ? value.join(' ') : String(value);
}

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

/** Every id in a page. */
export function idsIn(tree: Root): Set<string> {
	return new Set(selectAll('[id]', tree).map((element) => attr(element, 'id') ?? ''));
}

/** The URLs a page links to or loads: href, src, srcset, and same-site URLs in meta content (og:image…). */
export function referencesIn(tree: Root, site: string): string[] {
	const references: string[] = [];
	for (const element of selectAll('[href], [src], [srcset], meta[content]', tree)) {
		for (const name of ['href', 'src']) {
			const value = attr(element, name);
			if (value !== undefined) references.push(value);
		}
		const srcset = attr(element, 'srcSet');
		if (srcset !== undefined) references.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
		const content = element.tagName === 'meta' ? attr(element, 'content') : undefined;
		if (content?.startsWith(site)) references.push(content);
	}
	return references.filter((r) => r !== '' && !/^(mailto|tel|data|javascript|blob):/i.test(r.trim()));
}

/** Parses every page once, for all the checks of one run. */
function parsed(built: BuiltSite): Map<string, Root> {
	return new Map([...built.pages].map(([page, html]) => [page, parsePage(html)]));
}

/**
 * Internal links and assets that lead nowhere (a path with no file behind it, or a #fragment with no such id), and
 * links to a page written without the trailing slash the site uses (`/guides/x` for `/guides/x/`), which static
 * hosts answer with a redirect or not at all. Links to other origins are left alone (the CSP test guards those).
 */
export function findBrokenLinks(built: BuiltSite, site: string, trees = parsed(built)): PageProblem[] {
	const siteOrigin = new URL(site).origin;
	const idCache = new Map<string, Set<string>>();
	const problems: PageProblem[] = [];
	for (const [page, tree] of trees) {
		const base = new URL(pathOfPage(page), ORIGIN);
		for (const reference of referencesIn(tree, siteOrigin)) {
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
			if (!url.pathname.endsWith('/') && target.endsWith('/index.html')) {
				problems.push({ page, message: `link "${reference}" lacks the trailing slash the site uses: write ${url.pathname}/` });
			}
			const fragment = safeDecode(url.hash.slice(1));
			if (!fragment || !target.endsWith('.html')) continue;
			const targetTree = trees.get(target);
			if (targetTree === undefined) continue;
			if (!idCache.has(target)) idCache.set(target, idsIn(targetTree));
			if (!idCache.get(target)?.has(fragment)) problems.push({ page, message: `broken link "${reference}": ${target} has no id "${fragment}"` });
		}
	}
	return problems;
}

/**
 * The html-validate rules the build runs itself, so that no deployment carries these mistakes (`npm run test:dist`
 * runs all of its recommended and accessibility rules, .htmlvalidate.json, over dist/).
 */
export const BUILD_RULES: ConfigData = {
	elements: ['html5'],
	rules: {
		// Images without alternative text: decorative ones must say so (role="presentation" or aria-hidden).
		'wcag/h37': ['error', { allowEmpty: false }],
		// The CSP blocks every style attribute, `display` (which the rule allows by default) included.
		'no-inline-style': ['error', { allowedProperties: [] }],
		// Fragment links and label associations would hit the wrong element.
		'no-dup-id': 'error',
	},
};

/** What BUILD_RULES find on each page, in the order of the page, each with its line and rule. */
export function findInvalidMarkup(built: BuiltSite, validator = new HtmlValidate(BUILD_RULES)): PageProblem[] {
	return [...built.pages].flatMap(([page, html]) =>
		validator
			.validateStringSync(html, page)
			.results.flatMap((result) => result.messages)
			.map(({ message, line, ruleId }) => ({ page, message: `${message} (line ${line}, ${ruleId})` })),
	);
}

/** The inline scripts a page runs: `<script>` without `src` whose type is JavaScript (JSON-LD is data, not code). */
export function executableInlineScripts(tree: Root): string[] {
	return selectAll('script:not([src])', tree)
		.filter((script) => !/^application\/(ld\+)?json$/i.test(attr(script, 'type') ?? ''))
		.map((script) => toString(script));
}

/** The `script-src` sources of a page's CSP `<meta>`. */
export function scriptSources(tree: Root): string[] {
	const policy = selectAll('meta', tree).find((meta) => attr(meta, 'httpEquiv')?.toLowerCase() === 'content-security-policy');
	const content = policy ? (attr(policy, 'content') ?? '') : '';
	return /(?:^|;)\s*script-src\s+([^;]+)/.exec(content)?.[1]?.trim().split(/\s+/) ?? [];
}

/**
 * Markup the site's strict CSP would silently block or that has no place on it, usually typed into an MDX guide:
 * `javascript:` links, frames and plugins, and inline scripts the page's policy does not allow by hash (`style`
 * attributes: BUILD_RULES).
 */
export function findUnsafeMarkup(built: BuiltSite, trees = parsed(built)): PageProblem[] {
	const problems: PageProblem[] = [];
	for (const [page, tree] of trees) {
		for (const link of selectAll('[href]', tree)) {
			if (/^\s*javascript:/i.test(attr(link, 'href') ?? '')) problems.push({ page, message: `javascript: link on <${link.tagName}>: links must lead somewhere` });
		}
		for (const frame of selectAll('iframe, frame, object, embed', tree)) {
			problems.push({ page, message: `<${frame.tagName}>: the site embeds nothing from elsewhere, and the CSP blocks it` });
		}
		const allowed = new Set(scriptSources(tree));
		for (const code of executableInlineScripts(tree)) {
			const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
			if (!allowed.has(hash)) problems.push({ page, message: `inline <script> not allowed by this page's CSP (${hash} missing): move it into a component's <script>` });
		}
	}
	return problems;
}

/** Every check, each page parsed once. */
export function checkSite(built: BuiltSite, site: string): PageProblem[] {
	const trees = parsed(built);
	return [...findBrokenLinks(built, site, trees), ...findInvalidMarkup(built), ...findUnsafeMarkup(built, trees)];
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
