// The Bulgarian edition mirrors the English one: same guides (same slug and position), same section anchors, same
// data components in the same places, same figures.
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { LOCALES } from '@/lib/i18n/locales';
import { guideBody, guideOutline, guideSlugs, readGuide } from '../../support/content';

/** Percentages and years: the figures a translation must carry over unchanged. */
function figures(mdx: string): string[] {
	const text = guideBody(mdx);
	const percents = [...text.matchAll(/(\d+(?:[.,]\d+)?)\s?%/g)].map((m) => `${(m[1] ?? '').replace(',', '.')}%`);
	const years = [...text.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => m[0]);
	return [...new Set([...percents, ...years])].sort();
}
/** The guide's position in the reading order, from its front matter. */
const order = (mdx: string) => (parse(/^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '') as { order?: number }).order;
/**
 * Section anchors, and the site's components with their props (`AdoptionFigure year={2021}`) in order. Plain HTML
 * elements (a `<span lang>` around a quoted word) belong to one language; callouts and key facts carry translated titles.
 */
function structure(mdx: string, locale: string) {
	const { anchors, components } = guideOutline(mdx, locale);
	const data = components.filter((c) => /^[A-Z]/.test(c.name) && c.name !== 'Callout' && c.name !== 'KeyFacts');
	return { anchors, components: data.map((c) => `${c.name} ${c.attributes}`.trimEnd()) };
}

const reference = guideSlugs('en');

test('there are English guides to compare', () => {
	expect(reference.length).toBeGreaterThanOrEqual(5);
});

describe.each(LOCALES.filter((l) => l !== 'en'))('%s edition', (locale) => {
	test('has exactly the English guides, by slug', () => {
		expect(guideSlugs(locale)).toEqual(reference);
	});

	test.each(reference)('%s: same position, anchors, data components and figures', (slug) => {
		const en = readGuide('en', slug);
		const translated = readGuide(locale, slug);
		expect(order(translated)).toBe(order(en));
		expect(structure(translated, locale)).toEqual(structure(en, 'en'));
		expect(figures(translated)).toEqual(figures(en));
	});
});
