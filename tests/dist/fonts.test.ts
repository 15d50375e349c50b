// The firm's typeface (`look.font` in the configuration the site was built with) as the built pages serve it: one
// @font-face per subset and face, each a woff2 file in dist/ with `font-display: swap` and its subset's unicode-range,
// a metric-matched fallback, one preload (the regular face of the page's script), and the page's text set in it.
// Without a typeface: no font CSS, no font file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BRAND_FONT_VARIABLE, FONT_FACES, FONT_SUBSETS, FONTS, fontVariants, LOCALE_SUBSET } from '@/lib/look/fonts';
import { siteConfig } from '@/site.config';
import { DIST, distFiles, htmlFiles, readDist } from '../support/dist';

const id = siteConfig.look?.font;
const choice = id && FONTS[id];
const require = createRequire(import.meta.url);
/** The faces the typeface should be served in, from its package. */
const expected = choice ? fontVariants(choice, readFileSync(require.resolve(`${choice.package}/unicode.json`), 'utf8')) : [];

/** The `@font-face` rules of a page, each as its declarations by name. */
function fontFaces(html: string): Record<string, string>[] {
	return [...html.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body]) =>
		Object.fromEntries((body ?? '').split(';').flatMap((declaration) => {
			const colon = declaration.indexOf(':');
			return colon < 0 ? [] : [[declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()]];
		})),
	);
}

/** The font files a page asks for: `url()`s in its @font-face rules. */
const fontUrls = (faces: Record<string, string>[]) => faces.flatMap((face) => [...(face['src'] ?? '').matchAll(/url\("?([^")]+)"?\)/g)].map((m) => m[1] ?? ''));

test.runIf(!choice)('without a typeface, no page has a @font-face or a font preload, and dist/ has no font file', () => {
	for (const file of htmlFiles()) {
		const html = readDist(file);
		expect(fontFaces(html), file).toEqual([]);
		expect(html, file).not.toContain(BRAND_FONT_VARIABLE);
	}
	expect(distFiles().filter((file) => /\.(woff2?|ttf|otf)$/.test(file))).toEqual([]);
});

test.runIf(!!choice)('every page declares the typeface’s Latin and Cyrillic faces: woff2 in dist/, swap, each with its unicode-range', () => {
	if (!choice) return;
	for (const file of htmlFiles()) {
		const faces = fontFaces(readDist(file)).filter((face) => fontUrls([face]).length > 0);
		const described = faces.map((face) => ({ family: face['font-family']?.replace(/-[0-9a-f]+"$/, '"'), weight: Number(face['font-weight']), style: face['font-style'], display: face['font-display'], range: face['unicode-range'] }));
		expect(described, file).toEqual(expected.map((v) => ({ family: `"${choice.family}"`, weight: v.weight, style: v.style, display: 'swap', range: v.unicodeRange.join(',') })));
		for (const url of fontUrls(faces)) expect(url, file).toMatch(/^\/_astro\/fonts\/[\w-]+\.woff2$/);
	}
});

test.runIf(!!choice)('the font files are the package’s woff2 files, one per subset and face, and nothing else', () => {
	const served = new Set(fontUrls(fontFaces(readDist('index.html'))));
	expect(served.size).toBe(FONT_SUBSETS.length * FONT_FACES.length);
	const fonts = distFiles().filter((file) => /\.(woff2?|ttf|otf)$/.test(file));
	expect(fonts.map((file) => `/${file}`).sort()).toEqual([...served].sort());
	const packaged = expected.map((v) => readFileSync(require.resolve(v.src)));
	for (const url of served) {
		const data = readFileSync(join(DIST, url));
		expect(packaged.some((file) => file.equals(data)), url).toBe(true);
	}
});

test.runIf(!!choice)('the fallback has the typeface’s metrics, the page’s text takes the typeface, and one file is preloaded', () => {
	const ranges = Object.fromEntries(FONT_SUBSETS.map((subset) => [subset, expected.find((v) => v.subset === subset)?.unicodeRange.join(',')]));
	for (const file of htmlFiles()) {
		const html = readDist(file);
		const fallbacks = fontFaces(html).filter((face) => /^local\(/.test(face['src'] ?? ''));
		expect(fallbacks.length, file).toBeGreaterThan(0);
		for (const face of fallbacks) expect(Object.keys(face), file).toEqual(expect.arrayContaining(['size-adjust', 'ascent-override', 'descent-override']));
		expect(html, file).toMatch(new RegExp(`--font-sans:\\s*var\\(${BRAND_FONT_VARIABLE}\\)`));
		// Exactly one preload: the regular upright face of the page's own script (Latin in English, Cyrillic in Bulgarian).
		const preloads = [...html.matchAll(/<link\b[^>]*\bas="?font\b[^>]*>/g)].map(([link]) => /href="([^"]+)"/.exec(link)?.[1]);
		const subset = LOCALE_SUBSET[file.startsWith('bg/') ? 'bg' : 'en'];
		const regular = fontFaces(html).find((face) => face['font-weight'] === '400' && face['font-style'] === 'normal' && face['unicode-range'] === ranges[subset]);
		expect(preloads, file).toEqual(fontUrls(regular ? [regular] : []));
	}
});
