// After the build, Pagefind (the static search Starlight uses) indexes the built pages into dist/pagefind/: one index
// per language, split by each page's <html lang>. Only the parts of a page marked data-pagefind-body are read (Base.astro
// marks <main> on every page that is not noindex); parts that repeat on every page carry data-pagefind-ignore.
// The site searches through Pagefind's JavaScript API with its own results list (src/components/search/), so the
// ready-made interfaces Pagefind also writes, and its web worker (the search runs on the page: see siteSearch.ts), are
// removed rather than deployed unused.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { LOCALES, LOCALE_INFO } from '../../lib/i18n/locales';
import { UNUSED_PAGEFIND_FILES, languagesIndexed } from '../checks/searchIndex';

/** Pagefind's own errors, as one build failure naming the step. */
function fail(step: string, errors: readonly string[]): void {
	if (errors.length > 0) throw new Error(`Search index (Pagefind): ${step} failed:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
}

export function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const outputPath = join(outDir, 'pagefind');
				try {
					const created = await createIndex({});
					fail('creating the index', created.errors);
					const { index } = created;
					if (!index) throw new Error('Search index (Pagefind): no index was created');
					const added = await index.addDirectory({ path: outDir });
					fail('reading the built pages', added.errors);
					const written = await index.writeFiles({ outputPath });
					fail('writing the index', written.errors);
				} finally {
					await close();
				}
				for (const file of UNUSED_PAGEFIND_FILES) rmSync(join(outputPath, file), { force: true });
				// Every locale must have its own index: a language with no page indexed would search nothing.
				const counts = languagesIndexed(join(outputPath, 'pagefind-entry.json'));
				const missing = LOCALES.map((locale) => LOCALE_INFO[locale].lang).filter((lang) => !counts.has(lang));
				if (missing.length > 0) throw new Error(`Search index (Pagefind): no page indexed in ${missing.join(', ')}`);
				logger.info(`Search index: ${[...counts].map(([lang, pages]) => `${String(pages)} pages in ${lang}`).join(', ')}.`);
			},
		},
	};
}
