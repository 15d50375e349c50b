// The social cards with their real fonts: widths read from Noto Sans, every title and label of the site fitted and
// drawable (no missing-glyph boxes in either language), and one card drawn to a 1200×630 PNG.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { fontMetrics, textWidth } from '@/build/og/fontMetrics';
import { cardFontsCover, measureCardText, renderCard } from '@/build/og/renderCard';
import { LOCALES } from '@/lib/i18n/locales';
import { useTranslations } from '@/lib/i18n/useTranslations';
import { cardColors, layoutCard, MARK_HEIGHT, markImage, TITLE_SIZES, TITLE_WIDTH } from '@/lib/seo/cardLayout';
import { isDynamic, PAGES, pagePath, type PageEntry } from '@/lib/pages/registry';
import { CARD_HEIGHT, CARD_WIDTH, cardText } from '@/lib/seo/socialCard';
import { actPagePath, actPageTitle } from '@/lib/legal/actPages';
import { siteConfig } from '@/site.config';
import { guideSlugs, readEntries, readGuide } from '../../support/content';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const site = new URL('https://outsourcing-ip.example');
const font = (subset: string) =>
	fontMetrics(readFileSync(createRequire(import.meta.url).resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-700-normal.woff`)));

describe('font metrics', () => {
	const latin = font('latin');
	const cyrillic = font('cyrillic');

	test('read each subset’s advance widths, and no width for a glyph the subset lacks', () => {
		expect(latin.advance('H'.codePointAt(0)!)).toBeCloseTo(0.765, 3);
		expect(latin.advance('Ж'.codePointAt(0)!)).toBeUndefined();
		expect(cyrillic.advance('Ж'.codePointAt(0)!)).toBeGreaterThan(0.9);
		expect(latin.advance('…'.codePointAt(0)!)).toBeGreaterThan(0);
		expect(cardFontsCover('Защита IP „NDA“ – 75 %')).toBe(true);
		expect(cardFontsCover('知识产权')).toBe(false);
	});

	test('measure a mixed text character by character, from the first subset that has each', () => {
		const width = textWidth([latin, cyrillic]);
		expect(width('NDA и IP')).toBeCloseTo(width('NDA') + width(' и ') + width('IP'), 6);
	});

	test('refuse a font that is not WOFF 1', () => {
		expect(() => fontMetrics(new Uint8Array(64))).toThrow('WOFF');
	});
});

/** The acts the sources cite: each has its page, and a card. */
const citedLaws = new Set([...readEntries<{ law: string }>('sources').values()].map((source) => source.law));
const acts = [...readEntries<{ short: Record<string, string> }>('laws')].filter(([id]) => citedLaws.has(id));

/** Every page's card text, as the card endpoint builds it: the fixed pages, every guide and every act's page, in every language. */
const cards = LOCALES.flatMap((locale) => {
	const t = useTranslations(locale);
	const brand = siteConfig.brand[locale];
	const guides = guideSlugs(locale).map((slug) => {
		const frontMatter = parse(/^---\n([\s\S]*?)\n---/.exec(readGuide(locale, slug))?.[1] ?? '') as { title: string };
		return { path: `/guides/${slug}/`, title: frontMatter.title };
	});
	const actPages = acts.map(([id, law]) => ({ path: actPagePath(id), title: actPageTitle(law.short[locale] ?? '', t) }));
	const single = PAGES.filter((entry: PageEntry) => entry.card !== undefined && !isDynamic(entry)).map((entry: PageEntry) => ({ path: pagePath(entry), title: entry.title ? t(entry.title) : brand }));
	const pages = [...single, ...guides, ...actPages];
	return pages.map(({ path, title }) => ({ name: `${locale} ${path}`, text: cardText({ path, title, brand, site, t }) }));
});

test('there is a card for every page and guide', () => {
	expect(cards.length).toBeGreaterThanOrEqual(40);
});

test.each(cards)('$name: every character is in the card’s fonts', ({ text }) => {
	for (const part of [text.label, text.title, text.brand, text.address]) expect(cardFontsCover(part), part).toBe(true);
});

test.each(cards)('$name: the title and the label fit whole, each line within the card', ({ text }) => {
	const { label, title } = layoutCard(text, measureCardText);
	expect(label.truncated).toBe(false);
	expect(title.truncated).toBe(false);
	expect(title.lines.length).toBeLessThanOrEqual(TITLE_SIZES.find((size) => size.fontSize === title.fontSize)?.maxLines ?? 0);
	for (const line of title.lines) expect(measureCardText(line) * title.fontSize).toBeLessThanOrEqual(TITLE_WIDTH);
});

test('a card is drawn as a 1200×630 PNG well under 100 KB, Bulgarian text included', async () => {
	const colors = cardColors(readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8'));
	const mark = { src: markImage(readFileSync(join(ROOT, 'public/favicon.svg'), 'utf8'), colors.accent), width: MARK_HEIGHT, height: MARK_HEIGHT };
	const longest = cards.filter((card) => card.name.startsWith('bg')).sort((a, b) => b.text.title.length - a.text.title.length)[0]!;
	const png = await renderCard(longest.text, colors, mark);
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
	expect([view.getUint32(16), view.getUint32(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
	expect(png.byteLength).toBeLessThan(100_000);
}, 30_000);
