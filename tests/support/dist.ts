// Reads the built site in dist/: shared by the build checks (vitest) and the browser tests (Playwright).
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { bytesOf, pageWeight, type PageWeight } from '../../src/build/checks/pageWeight';
import { analyticsScript } from '../../src/lib/analytics/analyticsScript';
import { siteConfig } from '../../src/site.config';
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

/** The tracker of the analytics the configuration sets (on the firm's analytics server), or undefined when it sets none. */
export const ANALYTICS = siteConfig.analytics && analyticsScript(siteConfig.analytics);

/** The events' glue Astro injects into every page when analytics is set (src/build/integrations/analytics.ts). */
export const ANALYTICS_GLUE = /^\/_astro\/page\.[\w-]+\.js$/;

/** Whether a `<script src>` is the analytics' own: the tracker or the glue (tests/dist/analytics.test.ts checks them). */
export const isAnalyticsScript = (src: string): boolean => ANALYTICS !== undefined && (src === ANALYTICS.src || ANALYTICS_GLUE.test(src));

/**
 * What a browser downloads to show a built page (see src/build/checks/pageWeight.ts): the page's own, so a firm's
 * analytics (its tracker and glue, with their own budget in tests/dist/analytics.test.ts) is left out of the JS; the
 * HTML is weighed whole.
 */
export function weighPage(file: string): PageWeight {
	const html = readDist(file);
	const own = html.replace(/<script\b[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g, (tag, src: string) => (isAnalyticsScript(src) ? '' : tag));
	return { ...pageWeight(own, (sitePath) => readFileSync(join(DIST, sitePath), 'utf8')), html: bytesOf(html) };
}

/**
 * What a page's JavaScript budget counts: every script it runs, lazy chunks included (gzip bytes, inline scripts too),
 * with the files it loads at first or lazily; logged, so a budget's comment can quote the figure.
 */
export function javaScriptOf(file: string): { gzip: number; files: string[] } {
	const { js, lazyJs, files, lazyFiles } = weighPage(file);
	const gzip = js.gzip + lazyJs.gzip;
	const loaded = [...files, ...lazyFiles];
	console.log(`${file}: ${gzip} bytes of JavaScript (gzip): ${loaded.join(', ')} and inline scripts`);
	return { gzip, files: loaded };
}

/**
 * The scripts a built page names itself (`<script src>`): its entry points, not the chunks they import, as site paths;
 * the analytics' scripts left out.
 */
export function pageScripts(file: string): string[] {
	return all(parseHtml(readDist(file)), 'script[src]')
		.map((script) => attribute(script, 'src') ?? '')
		.filter((src) => !isAnalyticsScript(src));
}

/**
 * The calculator's code as built: the calculator page's own script (its islands) and the risk model's chunk (the
 * `risk` group of astro.config.mjs), which pages without the model must not load.
 */
export function calculatorCode(): string[] {
	const own = pageScripts('calculator/index.html');
	return weighPage('calculator/index.html').files.filter((file) => own.includes(file) || /^\/_astro\/risk\.[\w-]+\.js$/.test(file));
}
