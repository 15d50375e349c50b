// Fails the build when the output has a broken internal link, an image without alternative text, markup the CSP
// would silently block, or a duplicate id, naming each page and every problem at once: none may reach a deployment.
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkSite, formatProblems } from '../checks/htmlChecks';

/** Reads a built site from disk into the shape the checks take. */
export function loadBuiltSite(outDir: string) {
	// Keyed by path with forward slashes, as the checks name pages (`guides/x/index.html`); sorted, so reports are stable.
	const files = globSync('**/*.html', { cwd: outDir }).sort();
	const pages = new Map(files.map((file) => [file.split(sep).join('/'), readFileSync(join(outDir, file), 'utf8')] as const));
	const hasFile = (file: string) => {
		const path = join(outDir, file);
		return relative(outDir, path).split(sep)[0] !== '..' && existsSync(path) && statSync(path).isFile();
	};
	return { pages, hasFile };
}

export function siteChecks(): AstroIntegration {
	let site = 'http://localhost';
	return {
		name: 'site-checks',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ?? site;
			},
			'astro:build:done': ({ dir, logger }) => {
				const built = loadBuiltSite(fileURLToPath(dir));
				const problems = checkSite(built, site);
				if (problems.length > 0) {
					throw new Error(`The built site has ${problems.length} problem(s):\n${formatProblems(problems)}`);
				}
				logger.info(`${built.pages.size} pages: links, fragments, alt text, CSP-safe markup and unique ids all check out.`);
			},
		},
	};
}
