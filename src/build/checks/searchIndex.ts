// What the search index integration (integrations/searchIndex.ts) decides about Pagefind's output, kept apart so that
// the tests of the built site read the index the same way.
import { readFileSync } from 'node:fs';
import { parseJsonFile } from './jsonFile';

/**
 * Files Pagefind writes that the site does not load: its ready-made search interfaces (the site renders its own
 * results) and its web worker (a worker's script URL is a Trusted Types sink the site's CSP refuses, and this index is
 * small enough to search on the page itself).
 */
export const UNUSED_PAGEFIND_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
	'pagefind-worker.js',
] as const;

/** Pages indexed per language, from the `languages` table of Pagefind's entry file (pagefind-entry.json). */
export function indexedLanguages(entry: unknown): Map<string, number> {
	const languages = typeof entry === 'object' && entry !== null && 'languages' in entry ? entry.languages : undefined;
	if (typeof languages !== 'object' || languages === null) throw new Error('pagefind-entry.json has no languages table');
	const counts = new Map<string, number>();
	for (const [lang, info] of Object.entries(languages as Record<string, unknown>)) {
		const pages: unknown = typeof info === 'object' && info !== null && 'page_count' in info ? info.page_count : undefined;
		if (typeof pages !== 'number') throw new Error(`pagefind-entry.json: language ${lang} has no page_count`);
		if (pages > 0) counts.set(lang, pages);
	}
	return counts;
}

/** `indexedLanguages` of the entry file at `path`. */
export function languagesIndexed(path: string): Map<string, number> {
	return indexedLanguages(parseJsonFile(readFileSync(path, 'utf8'), path));
}
