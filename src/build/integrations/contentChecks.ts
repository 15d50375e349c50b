// Checks every content file before Astro syncs the collections, and reports every problem at once, naming each file:
// Astro's own sync stops at the first invalid entry. A build fails on any problem; the dev server only logs them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { slug } from 'github-slugger';
import { findContentProblems, findStaleSources, findUnverifiedQuotations, formatStaleSources, type ContentFiles } from '../checks/contentProblems.ts';
import { formatDanglingReferences } from '../../lib/legal/references.ts';

/** Reads the content collections of a project from disk. */
export function readContentFiles(root: string): ContentFiles {
	const content = join(root, 'src', 'content');
	const read = (path: string) => ({ file: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') });
	const yamlIn = (folder: string) =>
		(existsSync(join(content, folder)) ? readdirSync(join(content, folder)) : [])
			.filter((name) => name.endsWith('.yaml'))
			.sort()
			.map((name) => ({ ...read(join(content, folder, name)), id: name.replace(/\.yaml$/, '') }));
	const guides = readdirSync(join(content, 'guides'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((locale) =>
			readdirSync(join(content, 'guides', locale.name))
				.filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
				.sort()
				// The slug as Astro's glob loader makes it from the file name (github-slugger: `Choosing A Partner` → `choosing-a-partner`).
				.map((name) => ({ ...read(join(content, 'guides', locale.name, name)), locale: locale.name, slug: slug(name.replace(/\.mdx$/, '')) })),
		);
	const stats = readdirSync(join(content, 'stats'))
		.filter((name) => name.endsWith('.json'))
		.map((name) => read(join(content, 'stats', name)));
	return { guides, laws: yamlIn('laws'), sources: yamlIn('sources'), glossary: yamlIn('glossary'), faq: yamlIn('faq'), clauses: yamlIn('clauses'), definitions: yamlIn('definitions'), stats };
}

export function contentChecks(): AstroIntegration {
	return {
		name: 'content-checks',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				const files = readContentFiles(fileURLToPath(config.root));
				// The law moves: a provision not read again for a year is named on every build, until someone checks it.
				const stale = findStaleSources(files.sources, new Date());
				if (stale.length > 0) logger.warn(formatStaleSources(stale));
				// A quotation that is not yet the provision's own current text shows its note on the page; every build says so.
				const unverified = findUnverifiedQuotations(files.sources);
				if (unverified.length > 0) {
					logger.warn(`${unverified.length} source(s) quote something other than the provision's own current text (their pages say so); read each provision and replace the quotation:\n${formatDanglingReferences(unverified)}`);
				}
				const problems = await findContentProblems(files);
				if (problems.length === 0) return;
				const report = `The content has ${problems.length} problem(s):\n${formatDanglingReferences(problems)}`;
				if (command === 'build') throw new Error(report);
				logger.error(report);
			},
		},
	};
}
