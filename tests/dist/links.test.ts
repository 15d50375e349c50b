// Every internal link and asset reference in the built site resolves to a file, and every #fragment to an id.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, htmlFiles, pathOfHtml, readDist } from '../support/dist';

const SITE = 'https://outsourcing-ip.example';

/** The file a root-relative path is served from, following the static-host conventions of `trailingSlash: 'always'`. */
function fileFor(pathname: string): string | undefined {
	const decoded = decodeURIComponent(pathname);
	const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}.html`];
	return candidates.find((candidate) => existsSync(join(DIST, candidate)));
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	if (!ids.has(file)) ids.set(file, new Set([...readDist(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string)));
	return ids.get(file) as Set<string>;
}

const pages = htmlFiles();

test('the build produced the expected number of pages', () => {
	expect(pages.length).toBeGreaterThanOrEqual(22);
});

test.each(pages)('%s: every internal link and asset resolves', (file) => {
	const html = readDist(file);
	const base = new URL(pathOfHtml(file), SITE);
	const broken: string[] = [];
	for (const [, attribute, raw] of html.matchAll(/\s(href|src|srcset|content)="([^"]*)"/g)) {
		if (attribute === 'content' && !raw?.startsWith(SITE)) continue;
		for (const reference of attribute === 'srcset' ? (raw ?? '').split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [raw ?? '']) {
			if (reference === '' || /^(mailto|tel|data|javascript):/.test(reference)) continue;
			const url = new URL(reference.replaceAll('&amp;', '&'), base);
			if (url.origin !== SITE) continue;
			const target = fileFor(url.pathname);
			if (!target) {
				broken.push(`${reference} (no file for ${url.pathname})`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push(`${reference} (no id "${fragment}")`);
		}
	}
	expect(broken).toEqual([]);
});
