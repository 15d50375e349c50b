// After the build, each page's CSP keeps only the hashes of its own inline scripts and styles (see checks/pageCsp.ts).
// Registered before siteChecks, which then proves that every inline script is still allowed.
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withPageCsp } from '../checks/pageCsp';

export function pageCsp(): AstroIntegration {
	return {
		name: 'page-csp',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				let saved = 0;
				const files = globSync('**/*.html', { cwd: outDir });
				for (const file of files) {
					const path = join(outDir, file);
					const html = readFileSync(path, 'utf8');
					const pruned = withPageCsp(html);
					if (pruned !== html) writeFileSync(path, pruned);
					saved += html.length - pruned.length;
				}
				logger.info(`${files.length} pages: each CSP lists only its own page's hashes (${saved.toLocaleString('en')} characters fewer in all).`);
			},
		},
	};
}
