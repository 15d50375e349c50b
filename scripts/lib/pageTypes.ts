// The pages the benchmark measures and the Lighthouse gate audits: one page of each type, and the longest guide of each
// language (the one whose layout costs the most, found in the built site, so it follows the content).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LOCALE, LOCALES } from '../../src/lib/i18n/locales.ts';
import { PAGES, pagePath, type PageEntry } from '../../src/lib/pages/registry.ts';
import { ROOT } from './astroCli.ts';

export interface PageType {
	type: string;
	path: string;
}

/** One page of each type: the page registry's measured entries (a dynamic route names the page it is measured by). */
export const PAGE_TYPES: readonly PageType[] = PAGES.flatMap((entry: PageEntry) =>
	entry.measured ? [{ type: entry.measured.type, path: entry.measured.path ?? pagePath(entry) }] : [],
);

/** `path` as published in `locale` (src/lib/i18n/localizePath.ts, whose extensionless imports Node cannot load). */
const localizePath = (path: string, locale: string) => (locale === DEFAULT_LOCALE ? path : `/${locale}${path}`);

/** The guide with the largest HTML in each language of the built site (`dist/`). */
export function longestGuides(dist = join(ROOT, 'dist')): PageType[] {
	return LOCALES.map((locale) => {
		const folder = join(dist, localizePath('/guides/', locale));
		const guides = readdirSync(folder, { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => ({ slug: entry.name, bytes: statSync(join(folder, entry.name, 'index.html')).size }))
			.sort((a, b) => b.bytes - a.bytes);
		const longest = guides[0];
		if (!longest) throw new Error(`no guide in ${folder}: build the site first`);
		return { type: `longest guide (${locale})`, path: localizePath(`/guides/${longest.slug}/`, locale) };
	});
}

/** Every page measured: one of each type and the longest guide of each language. */
export const measuredPages = (dist?: string): PageType[] => [...PAGE_TYPES, ...longestGuides(dist)];
