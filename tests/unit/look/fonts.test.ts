// The typefaces a firm may choose (src/lib/look/fonts.ts), Astro's `fonts` setting built from them
// (src/build/look/brandFont.ts), the social cards' files, and `look.font` in the schema.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { brandFontFamilies } from '@/build/look/brandFont';
import { cardFontFiles } from '@/build/look/cardFonts';
import { fontMetrics } from '@/build/og/fontMetrics';
import { siteConfigProblems } from '@/build/siteConfigSource';
import { BRAND_FONT_VARIABLE, cardFont, FONT_FACES, FONT_IDS, FONT_SUBSETS, FONTS, fontFilePath, fontVariants, regularFaceUrl, subsetRange, type FontId } from '@/lib/look/fonts';
import * as sample from '../../fixtures/sample-firm/site.config';

const require = createRequire(import.meta.url);
const UNICODE = JSON.stringify({ cyrillic: 'U+0400-045F, U+2116', latin: 'U+0000-00FF,U+2000-206F', 'latin-ext': 'U+0100-024F' });
const inter = FONTS.inter;

describe('fontVariants', () => {
	test('one woff2 file per subset and face, each limited to its subset’s characters', () => {
		const variants = fontVariants(inter, UNICODE);
		expect(variants).toHaveLength(FONT_SUBSETS.length * FONT_FACES.length);
		expect(variants[0]).toEqual({ subset: 'latin', weight: 400, style: 'normal', src: '@fontsource/inter/files/inter-latin-400-normal.woff2', unicodeRange: ['U+0000-00FF', 'U+2000-206F'] });
		expect(variants.find((v) => v.subset === 'cyrillic' && v.style === 'italic')).toEqual({
			subset: 'cyrillic',
			weight: 400,
			style: 'italic',
			src: '@fontsource/inter/files/inter-cyrillic-400-italic.woff2',
			unicodeRange: ['U+0400-045F', 'U+2116'],
		});
		expect(variants.every((v) => v.src.endsWith('.woff2'))).toBe(true);
	});

	test('regular, bold and the regular italic; no other subset (latin-ext) and no other weight', () => {
		const faces = fontVariants(inter, UNICODE).map((v) => `${v.subset} ${v.weight} ${v.style}`);
		expect(faces).toEqual(['latin 400 normal', 'latin 700 normal', 'latin 400 italic', 'cyrillic 400 normal', 'cyrillic 700 normal', 'cyrillic 400 italic']);
	});

	test('a package without one of the subsets fails, naming it', () => {
		expect(() => subsetRange(inter, JSON.stringify({ latin: 'U+0000-00FF' }), 'cyrillic')).toThrow('@fontsource/inter/unicode.json has no cyrillic subset');
		expect(() => subsetRange(inter, JSON.stringify({ latin: ' ' }), 'latin')).toThrow('no latin subset');
	});

	test('file names follow Fontsource’s layout, also for a package whose name has a digit', () => {
		expect(fontFilePath(FONTS['source-sans-3'], 'cyrillic', { weight: 700, style: 'normal' }, 'woff')).toBe('@fontsource/source-sans-3/files/source-sans-3-cyrillic-700-normal.woff');
	});
});

describe('regularFaceUrl', () => {
	const served = fontVariants(inter, UNICODE).map((v) => ({ weight: String(v.weight), style: v.style, src: [{ url: `/_astro/fonts/${v.subset}-${v.weight}-${v.style}.woff2` }] }));

	test('the regular upright face of a subset, found by its place among the regular faces (Astro gives them no subset)', () => {
		expect(regularFaceUrl(served, 'latin')).toBe('/_astro/fonts/latin-400-normal.woff2');
		expect(regularFaceUrl(served, 'cyrillic')).toBe('/_astro/fonts/cyrillic-400-normal.woff2');
	});

	test('none when the faces are not one regular per subset', () => {
		expect(regularFaceUrl([], 'latin')).toBeUndefined();
		expect(regularFaceUrl(served.slice(0, 3), 'cyrillic')).toBeUndefined();
	});
});

describe.each(FONT_IDS)('%s', (id: FontId) => {
	test('its package has every file Astro is given, and its Latin and Cyrillic ranges', () => {
		const [family, ...others] = brandFontFamilies(id);
		expect(others).toEqual([]);
		expect(family).toMatchObject({ name: FONTS[id].family, cssVariable: BRAND_FONT_VARIABLE, fallbacks: ['sans-serif'] });
		const variants = family?.options.variants ?? [];
		expect(variants).toHaveLength(FONT_SUBSETS.length * FONT_FACES.length);
		for (const variant of variants) {
			expect(variant.display).toBe('swap');
			expect(variant.src).toHaveLength(1);
			expect(variant.src[0]).toMatch(/\.woff2$/);
			expect(existsSync(variant.src[0]), variant.src[0]).toBe(true);
		}
		const ranges = new Set(variants.map((v) => v.unicodeRange.join(',')));
		expect(ranges.size).toBe(FONT_SUBSETS.length);
	});

	test('the social cards get its Latin and Cyrillic WOFF files, regular and bold, that draw both alphabets', () => {
		const files = cardFontFiles(id);
		expect(files.map((f) => `${f.subset} ${f.weight}`)).toEqual(['latin 400', 'latin 700', 'cyrillic 400', 'cyrillic 700']);
		const [latin, cyrillic] = files.filter((f) => f.weight === 700).map((f) => fontMetrics(f.data));
		expect(latin?.advance('H'.codePointAt(0) ?? 0)).toBeGreaterThan(0);
		expect(cyrillic?.advance('Ж'.codePointAt(0) ?? 0)).toBeGreaterThan(0);
	});
});

test('the social cards keep Noto Sans when the site keeps the system font', () => {
	expect(cardFont(undefined)).toBe(FONTS['noto-sans']);
	expect(cardFont('pt-sans')).toBe(FONTS['pt-sans']);
	const noto = readFileSync(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff'));
	expect(cardFontFiles(undefined).find((f) => f.subset === 'latin' && f.weight === 700)?.data.equals(noto)).toBe(true);
});

describe('look.font in the schema', () => {
	const withFont = (font: unknown) => ({ ...sample, siteConfig: { ...sample.siteConfig, look: { ...sample.siteConfig.look, font } } });

	test('takes every typeface of the list, or none', () => {
		for (const id of FONT_IDS) expect(siteConfigProblems(withFont(id), 'firm.ts', true)).toEqual([]);
		expect(siteConfigProblems(withFont(undefined), 'firm.ts', true)).toEqual([]);
	});

	test('refuses any other name, listing the choices', () => {
		expect(siteConfigProblems(withFont('Comic Sans'), 'firm.ts', true)).toEqual([`  - firm.ts: siteConfig.look.font: one of ${FONT_IDS.join(', ')}`]);
	});
});
