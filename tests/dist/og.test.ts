// Social cards in the built site: every page names its own card (og:image and twitter:image, with size, type and
// alternative text), the card is a 1200×630 PNG in dist/, and no two pages of any language share one. The 404 pages,
// which nobody shares, show their language's home card.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pngTexts } from '@/build/og/pngText';
import { DIST, distFiles, htmlFiles, readDist } from '../support/dist';
import { all, attribute, one, parseHtml, textOf } from '../support/html';

/** The built site's origin, from the home page's canonical URL. */
const SITE = new URL(attribute(one(parseHtml(readDist('index.html')), 'link[rel="canonical"]'), 'href') ?? '');

const isNotFound = (file: string) => /(^|\/)404\.html$/.test(file);

/** A page's head metadata: `property` (Open Graph) or `name` (Twitter) → content. */
function metadata(file: string): Map<string, string> {
	const tree = parseHtml(readDist(file));
	const entries = all(tree, 'meta[property], meta[name]').map((meta) => [attribute(meta, 'property') ?? attribute(meta, 'name') ?? '', attribute(meta, 'content') ?? ''] as const);
	const keys = entries.map(([key]) => key).filter((key) => /^(og|twitter):image/.test(key));
	expect(new Set(keys).size, `${file} states an image property twice`).toBe(keys.length);
	return new Map(entries);
}

/** The width and height a PNG's header (IHDR, the first chunk) states; fails when the file is not a PNG. */
function pngSize(png: Buffer): [number, number] {
	expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	expect(png.toString('latin1', 12, 16)).toBe('IHDR');
	return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

const pages = htmlFiles().map((file) => ({ file, meta: metadata(file) }));
const cardOf = (meta: Map<string, string>) => new URL(meta.get('og:image') ?? '', SITE);

test('there are pages in both languages to check', () => {
	expect(pages.filter(({ file }) => file.startsWith('bg/')).length).toBeGreaterThanOrEqual(20);
	expect(pages.length).toBeGreaterThanOrEqual(42);
});

describe.each(pages)('$file', ({ file, meta }) => {
	test('names a same-site 1200×630 PNG card in its own language, which exists', () => {
		const card = cardOf(meta);
		expect(card.origin).toBe(SITE.origin);
		expect(card.pathname).toMatch(file.startsWith('bg/') ? /^\/og\/bg\/.+\.png$/ : /^\/og\/en\/.+\.png$/);
		expect(pngSize(readFileSync(join(DIST, card.pathname)))).toEqual([1200, 630]);
	});

	// The card's own metadata says what title it was drawn with (src/build/og/pngText.ts): the page's, so a renamed page
	// never keeps an old card. The home page's title is the brand; its card shows the page's heading instead.
	test('shows the page’s own title', () => {
		if (isNotFound(file)) return;
		const shown = pngTexts(readFileSync(join(DIST, cardOf(meta).pathname))).get('Title');
		const isHome = /^(bg\/)?index\.html$/.test(file);
		expect(shown).toBe(isHome ? textOf(one(parseHtml(readDist(file)), 'h1')) : meta.get('og:title'));
	});

	test('states the card’s size, type and alternative text, and gives X (Twitter) the same card', () => {
		expect(meta.get('og:image:width')).toBe('1200');
		expect(meta.get('og:image:height')).toBe('630');
		expect(meta.get('og:image:type')).toBe('image/png');
		expect(meta.get('og:image:alt')).toContain(meta.get(isNotFound(file) ? 'og:site_name' : 'og:title'));
		expect(meta.get('twitter:card')).toBe('summary_large_image');
		expect(meta.get('twitter:image')).toBe(meta.get('og:image'));
		expect(meta.get('twitter:image:alt')).toBe(meta.get('og:image:alt'));
	});
});

test('no two pages share a card, in either language; the 404 pages show their language’s home card', () => {
	const shared = pages.filter(({ file }) => !isNotFound(file)).map(({ meta }) => cardOf(meta).pathname);
	expect(new Set(shared).size).toBe(shared.length);
	expect(cardOf(metadata('404.html')).pathname).toBe('/og/en/index.png');
	expect(cardOf(metadata('bg/404.html')).pathname).toBe('/og/bg/index.png');
});

const cards = distFiles().filter((file) => file.startsWith('og/'));

test('every card is a distinct image, used by a page, and well under 100 KB', () => {
	const used = new Set(pages.map(({ meta }) => cardOf(meta).pathname.slice(1)));
	expect(cards.filter((file) => !used.has(file))).toEqual([]);
	const hashes = cards.map((file) => createHash('sha256').update(readFileSync(join(DIST, file))).digest('hex'));
	expect(new Set(hashes).size).toBe(cards.length);
	for (const file of cards) expect(readFileSync(join(DIST, file)).byteLength, file).toBeLessThan(100_000);
});
