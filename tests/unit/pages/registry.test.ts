// The page registry (src/lib/pages/registry.ts) against the route files: every page file has its entry and every
// entry its file, and the lists derived from it name each page once.
import { globSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isDynamic, pageAt, pageById, pageOfRoute, PAGES, pagePath, pagesIn, type PageEntry } from '@/lib/pages/registry';

const PAGES_DIR = join(import.meta.dirname, '..', '..', '..', 'src', 'pages');

/** The route Astro names a page file by (`Astro.routePattern`): `[...lang]/calculator/index.astro` → `/[...lang]/calculator`. */
const routeOf = (file: string) => `/${file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '')}`;

/** Every page file (endpoints, `.ts`, are not pages: the feed, the CSV, the cards, robots.txt). */
const routeFiles = globSync('**/*.astro', { cwd: PAGES_DIR }).map((file) => file.split('\\').join('/'));
const entries: readonly PageEntry[] = PAGES;

test('every page file has an entry, and every entry a page file', () => {
	expect(routeFiles.length).toBeGreaterThan(10);
	expect(entries.map((entry) => entry.route).sort()).toEqual(routeFiles.map(routeOf).sort());
});

test('ids and routes are unique', () => {
	expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
	expect(new Set(entries.map((entry) => entry.route)).size).toBe(entries.length);
});

test('a route the registry does not list fails, naming it and where to add it', () => {
	expect(pageOfRoute('/[...lang]/calculator')).toBe(pageById('calculator'));
	expect(() => pageOfRoute('/[...lang]/new-page')).toThrow(/\/\[\.\.\.lang\]\/new-page .*src\/lib\/pages\/registry\.ts/);
});

describe('paths', () => {
	test.each(entries.filter((entry) => !isDynamic(entry)))('$route is found at its own path', (entry) => {
		expect(pageAt(pagePath(entry))).toBe(entry);
	});

	test('a dynamic route takes one value per parameter, and loses to a page of its own', () => {
		expect(pageAt('/guides/what-is-outsourcing/')).toBe(pageById('guide'));
		expect(pageAt('/sources/gdpr/')).toBe(pageById('act'));
		expect(pageAt('/calculator/compare/')).toBe(pageById('compare'));
		expect(pageAt('/guides/')).toBe(pageById('guides'));
		for (const path of ['/guides/x/y/', '/guides//', '/unknown/']) expect(pageAt(path), path).toBeUndefined();
	});

	test('the page each measured dynamic route names is one of its pages', () => {
		for (const entry of entries.filter((e) => e.measured?.path !== undefined)) expect(pageAt(entry.measured?.path ?? '')).toBe(entry);
	});
});

describe('lists', () => {
	test.each(['header', 'footer', 'browse', 'notFound'] as const)('%s: every page it lists has a label, once', (list) => {
		const linked = entries.filter((entry) => entry.lists?.includes(list));
		expect(linked.length).toBeGreaterThan(0);
		expect(pagesIn(list)).toEqual(linked.map((entry) => ({ path: pagePath(entry), label: entry.nav })));
	});

	test('a campaign may lead to an indexable page only, and a single page needs a label for the tool to name it', () => {
		for (const entry of entries.filter((e) => e.campaign)) {
			expect(entry.indexable, entry.route).toBe(true);
			if (!isDynamic(entry)) expect(entry.nav, entry.route).toBeDefined();
		}
	});

	test('pages kept from search engines are in no list but the 404 page’s', () => {
		for (const entry of entries.filter((e) => !e.indexable)) expect(entry.lists ?? [], entry.route).toEqual([]);
	});

	test('one page of each measured type', () => {
		const types = entries.flatMap((entry) => (entry.measured ? [entry.measured.type] : []));
		expect(new Set(types).size).toBe(types.length);
		expect(types).toEqual(expect.arrayContaining(['home', 'guide', 'statistics', 'calculator', 'contact']));
	});
});
