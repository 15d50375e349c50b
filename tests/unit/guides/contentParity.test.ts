// The Bulgarian edition mirrors the English one: same guides (same slug and position), same section anchors, same figures.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LOCALES } from '@/lib/i18n/locales';

const GUIDES = join(import.meta.dirname, '..', '..', '..', 'src', 'content', 'guides');
const slugs = (locale: string) =>
	readdirSync(join(GUIDES, locale))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => f.replace(/\.mdx$/, ''))
		.sort();
const read = (locale: string, slug: string) => readFileSync(join(GUIDES, locale, `${slug}.mdx`), 'utf8');
const body = (mdx: string) => mdx.replace(/^---[\s\S]*?---/, '');

/** Percentages and years: the figures a translation must carry over unchanged. */
function figures(mdx: string): string[] {
	const text = body(mdx);
	const percents = [...text.matchAll(/(\d+(?:[.,]\d+)?)\s?%/g)].map((m) => `${(m[1] ?? '').replace(',', '.')}%`);
	const years = [...text.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => m[0]);
	return [...new Set([...percents, ...years])].sort();
}
const anchors = (mdx: string) => [...mdx.matchAll(/\{#([\w-]+)\}/g)].map((m) => m[1]);
/** Data components with their props (`AdoptionFigure year={2021}`), in order: translations show the same data in the same places. */
const components = (mdx: string) =>
	[...body(mdx).matchAll(/<([A-Z]\w*)\b([^>]*?)\/?>/g)]
		.filter((m) => m[1] !== 'Callout' && m[1] !== 'KeyFacts')
		.map((m) => `${m[1]}${(m[2] ?? '').replace(/\s+/g, ' ').trimEnd()}`);
const order = (mdx: string) => Number(/^order:\s*(\d+)/m.exec(mdx)?.[1]);

const reference = slugs('en');

test('there are English guides to compare', () => {
	expect(reference.length).toBeGreaterThanOrEqual(5);
});

describe.each(LOCALES.filter((l) => l !== 'en'))('%s edition', (locale) => {
	test('has exactly the English guides, by slug', () => {
		expect(slugs(locale)).toEqual(reference);
	});

	test.each(reference)('%s: same position, anchors, data components and figures', (slug) => {
		const en = read('en', slug);
		const translated = read(locale, slug);
		expect(order(translated)).toBe(order(en));
		expect(anchors(translated)).toEqual(anchors(en));
		expect(components(translated)).toEqual(components(en));
		expect(figures(translated)).toEqual(figures(en));
	});
});
