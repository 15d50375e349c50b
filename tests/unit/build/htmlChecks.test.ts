import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import {
	checkSite,
	fileForPath,
	findBrokenLinks,
	findInvalidMarkup,
	findUnsafeMarkup,
	formatProblems,
	parsePage,
	pathOfPage,
	referencesIn,
} from '@/build/checks/htmlChecks';

const SITE = 'https://example.org';

function site(pages: Record<string, string>, assets: string[] = []) {
	const files = new Set([...Object.keys(pages), ...assets]);
	return { pages: new Map(Object.entries(pages)), hasFile: (file: string) => files.has(file) };
}

describe('paths', () => {
	test('maps pages to paths and paths back to files', () => {
		expect(pathOfPage('index.html')).toBe('/');
		expect(pathOfPage('guides/x/index.html')).toBe('/guides/x/');
		expect(pathOfPage('404.html')).toBe('/404.html');
		const has = (f: string) => ['index.html', 'guides/index.html', 'rss.xml', 'bg/404.html'].includes(f);
		expect(fileForPath('/', has)).toBe('index.html');
		expect(fileForPath('/guides/', has)).toBe('guides/index.html');
		expect(fileForPath('/guides', has)).toBe('guides/index.html');
		expect(fileForPath('/rss.xml', has)).toBe('rss.xml');
		expect(fileForPath('/bg/404', has)).toBe('bg/404.html');
		expect(fileForPath('/nope/', has)).toBeUndefined();
		expect(fileForPath('/%E0%A4%A', has)).toBeUndefined();
	});

	test('collects href, src, srcset and same-site meta URLs, skipping mailto and data', () => {
		const html = `<a href="/a/">a</a><img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x" alt="x"><a href="mailto:x@y.z">m</a>
			<meta content="${SITE}/og.png"><meta content="not a url"><img src="data:image/png;base64,AA" alt="d"><a href="/q/?a=1&amp;b=2">q</a>`;
		expect(referencesIn(parsePage(html), SITE)).toEqual(['/a/', '/i.png', '/i-1.png', '/i-2.png', `${SITE}/og.png`, '/q/?a=1&b=2']);
	});
});

describe('findBrokenLinks', () => {
	test('passes a consistent site', () => {
		const built = site(
			{ 'index.html': '<a href="/guides/#intro">g</a><a href="https://elsewhere.example/">x</a><link href="/favicon.svg">', 'guides/index.html': '<h2 id="intro">i</h2>' },
			['favicon.svg'],
		);
		expect(findBrokenLinks(built, SITE)).toEqual([]);
	});

	test('reports a missing page, a missing asset and a missing fragment, each with its page', () => {
		const built = site({
			'index.html': '<a href="/missing/">m</a><img src="/gone.png" alt="g"><a href="/other/#nope">o</a><a href="#here">h</a><p id="here"></p>',
			'other/index.html': '<p id="yes"></p>',
		});
		expect(findBrokenLinks(built, SITE)).toEqual([
			{ page: 'index.html', message: 'broken link "/missing/": nothing is built at /missing/' },
			{ page: 'index.html', message: 'broken link "/gone.png": nothing is built at /gone.png' },
			{ page: 'index.html', message: 'broken link "/other/#nope": other/index.html has no id "nope"' },
		]);
	});

	test('checks absolute links to the site itself and relative links', () => {
		const built = site({ 'guides/x/index.html': `<a href="${SITE}/nowhere/">a</a><a href="../y/">b</a>` });
		expect(findBrokenLinks(built, SITE).map((p) => p.message)).toEqual([
			`broken link "${SITE}/nowhere/": nothing is built at /nowhere/`,
			'broken link "../y/": nothing is built at /guides/y/',
		]);
	});

	test('matches Cyrillic and encoded fragments', () => {
		const built = site({ 'index.html': '<a href="#%D0%B0%D0%B1">a</a><h2 id="аб">аб</h2>' });
		expect(findBrokenLinks(built, SITE)).toEqual([]);
	});
});

describe('findInvalidMarkup (html-validate)', () => {
	test('reports images without alt or with empty alt, unless marked decorative', () => {
		const built = site({
			'index.html': '<img src="/a.png">\n<img src="/b.png" alt=""><img src="/c.png" alt="C"><img src="/d.png" alt="" role="presentation"><img src="/e.png" aria-hidden="true">',
		});
		expect(findInvalidMarkup(built)).toEqual([
			{ page: 'index.html', message: '<img> is missing required "alt" attribute (line 1, wcag/h37)' },
			{ page: 'index.html', message: '<img> cannot have empty "alt" attribute (line 2, wcag/h37)' },
		]);
	});

	test('reports every style attribute, which the CSP blocks, display included', () => {
		const built = site({ 'index.html': '<p style="color:red">x</p><p style="display:none">y</p>' });
		expect(findInvalidMarkup(built).map((p) => p.message)).toEqual(['Inline style is not allowed (line 1, no-inline-style)', 'Inline style is not allowed (line 1, no-inline-style)']);
	});

	test('reports each further use of an id, on its own page', () => {
		const built = site({ 'a.html': '<h2 id="x">1</h2><p id="x"></p><p id="x"></p><p id="y"></p>', 'b.html': '<p id="x"></p>' });
		expect(findInvalidMarkup(built)).toEqual([
			{ page: 'a.html', message: 'Duplicate ID "x" (line 1, no-dup-id)' },
			{ page: 'a.html', message: 'Duplicate ID "x" (line 1, no-dup-id)' },
		]);
	});
});

test('formatProblems groups problems under their page', () => {
	expect(
		formatProblems([
			{ page: 'a.html', message: 'one' },
			{ page: 'b.html', message: 'two' },
			{ page: 'a.html', message: 'three' },
		]),
	).toBe('dist/a.html\n  - one\n  - three\ndist/b.html\n  - two');
});

describe('findBrokenLinks: the site writes page links with a trailing slash', () => {
	test('reports a page link without it, but not files or fragments on the same page', () => {
		const built = site({ 'index.html': '<a href="/guides">g</a><a href="/guides/#x">ok</a><a href="/rss.xml">f</a><a href="#top">t</a><p id="top"></p>', 'guides/index.html': '<p id="x"></p>' }, ['rss.xml']);
		expect(findBrokenLinks(built, SITE)).toEqual([{ page: 'index.html', message: 'link "/guides" lacks the trailing slash the site uses: write /guides/' }]);
	});
});

describe('findUnsafeMarkup', () => {
	const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
	const csp = (...sources: string[]) => `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${sources.join(' ')}">`;

	test('passes hashed inline scripts, JSON-LD and module files', () => {
		const code = 'document.documentElement.dataset.theme = "dark";';
		const html = `${csp(hash(code))}<script>${code}</script><script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/x.js"></script>`;
		expect(findUnsafeMarkup(site({ 'index.html': html }))).toEqual([]);
	});

	test('reports javascript: links, frames and inline scripts the CSP does not allow', () => {
		const html = `${csp()}<a href=" JavaScript:alert(1)">x</a><iframe src="/x/"></iframe><object data="/y"></object><script>alert(1)</script>`;
		expect(findUnsafeMarkup(site({ 'index.html': html })).map((p) => p.message)).toEqual([
			'javascript: link on <a>: links must lead somewhere',
			'<iframe>: the site embeds nothing from elsewhere, and the CSP blocks it',
			'<object>: the site embeds nothing from elsewhere, and the CSP blocks it',
			`inline <script> not allowed by this page's CSP (${hash('alert(1)')} missing): move it into a component's <script>`,
		]);
	});
});

test('checkSite reports every kind of problem of every page in one run', () => {
	const built = site({ 'index.html': '<a href="/nope/">n</a><img src="/i.png"><p style="x"></p><b id="d"></b><i id="d"></i>' }, ['i.png']);
	expect(checkSite(built, SITE).map((p) => p.message)).toEqual([
		'broken link "/nope/": nothing is built at /nope/',
		'<img> is missing required "alt" attribute (line 1, wcag/h37)',
		'Inline style is not allowed (line 1, no-inline-style)',
		'Duplicate ID "d" (line 1, no-dup-id)',
	]);
});
