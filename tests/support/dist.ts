// Reads the built site in dist/: shared by the build checks (vitest) and the browser tests (Playwright).
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pageWeight, type PageWeight } from '../../src/build/checks/pageWeight';
import { all, attribute, parseHtml } from './html';

const ROOT = join(import.meta.dirname, '..', '..');
/** The built site: dist/, or the folder DIST_DIR names (`npm run test:firm` builds the sample firm elsewhere). */
export const DIST = resolve(ROOT, process.env['DIST_DIR'] || 'dist');

/** Fails with a clear message when the site has not been built. */
export function assertBuilt(): void {
	if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (`npm test` does).');
}

/** Every file under dist/, as a path relative to it with forward slashes. */
export function distFiles(): string[] {
	assertBuilt();
	return globSync('**/*', { cwd: DIST, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** The HTML pages of the site. */
export function htmlFiles(): string[] {
	return distFiles().filter((file) => file.endsWith('.html'));
}

export function readDist(file: string): string {
	return readFileSync(join(DIST, file), 'utf8');
}

/** The origin the site was built for (`site` in astro.config.mjs, or the SITE_CONFIG file's), from the home page's canonical link. */
export function siteOrigin(): string {
	assertBuilt();
	const [canonical] = all(parseHtml(readDist('index.html')), 'link[rel="canonical"]');
	const href = canonical && attribute(canonical, 'href');
	if (!href) throw new Error(`${DIST}/index.html has no canonical link`);
	return new URL(href).origin;
}

/** Root-relative paths of every page listed in the sitemap. */
export function sitemapPaths(): string[] {
	assertBuilt();
	const xml = readDist('sitemap-0.xml');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
}

/** What a browser downloads to show a built page (see src/build/checks/pageWeight.ts). */
export function weighPage(file: string): PageWeight {
	return pageWeight(readDist(file), (sitePath) => readFileSync(join(DIST, sitePath), 'utf8'));
}

/** The scripts a built page names itself (`<script src>`): its entry points, not the chunks they import, as site paths. */
export function pageScripts(file: string): string[] {
	return all(parseHtml(readDist(file)), 'script[src]').map((script) => attribute(script, 'src') ?? '');
}

/**
 * The calculator's code as built: the calculator page's own script (its islands) and the risk model's chunk (the
 * `risk` group of astro.config.mjs), which pages without the model must not load.
 */
export function calculatorCode(): string[] {
	const own = pageScripts('calculator/index.html');
	return weighPage('calculator/index.html').files.filter((file) => own.includes(file) || /^\/_astro\/risk\.[\w-]+\.js$/.test(file));
}
