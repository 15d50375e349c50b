import { describe, expect, test } from 'vitest';
import { parseGuideId } from '@/lib/guides/guideSlug';
import { neighbours, sortGuides } from '@/lib/guides/sequence';

const g = (slug: string, order: number) => ({ slug, order });

describe('sortGuides', () => {
	test('orders by the order field, not by file name', () => {
		expect(sortGuides([g('c', 3), g('a', 1), g('b', 2)]).map((x) => x.slug)).toEqual(['a', 'b', 'c']);
	});

	test('does not mutate its input', () => {
		const input = [g('b', 2), g('a', 1)];
		sortGuides(input);
		expect(input.map((x) => x.slug)).toEqual(['b', 'a']);
	});

	test('rejects two guides in the same position, naming both', () => {
		expect(() => sortGuides([g('a', 1), g('b', 1)])).toThrow(/order 1: "a", "b"/);
	});
});

describe('neighbours', () => {
	const sorted = sortGuides([g('a', 1), g('b', 2), g('c', 3)]);

	test('gives the previous and next guide', () => {
		expect(neighbours(sorted, 'b')).toEqual({ previous: g('a', 1), next: g('c', 3) });
	});

	test('has no previous guide at the start and no next guide at the end', () => {
		expect(neighbours(sorted, 'a').previous).toBeUndefined();
		expect(neighbours(sorted, 'c').next).toBeUndefined();
	});

	test('fails loudly for a guide that does not exist', () => {
		expect(() => neighbours(sorted, 'zzz')).toThrow('Unknown guide "zzz"');
	});
});

describe('parseGuideId', () => {
	test('splits the locale folder from the slug', () => {
		expect(parseGuideId('en/what-is-outsourcing')).toEqual({ locale: 'en', slug: 'what-is-outsourcing' });
		expect(parseGuideId('bg/what-is-outsourcing')).toEqual({ locale: 'bg', slug: 'what-is-outsourcing' });
	});

	test('rejects a guide outside a locale folder', () => {
		expect(() => parseGuideId('what-is-outsourcing')).toThrow(/src\/content\/guides\/<locale>/);
		expect(() => parseGuideId('fr/x')).toThrow();
		expect(() => parseGuideId('en/')).toThrow();
	});
});

describe('neighbours with front-matter overrides', () => {
	const sorted = sortGuides([g('a', 1), g('b', 2), g('c', 3)]);

	test('a named next or previous guide replaces the reading order', () => {
		expect(neighbours(sorted, 'a', { next: 'c' })).toEqual({ previous: undefined, next: g('c', 3) });
		expect(neighbours(sorted, 'c', { previous: 'a' }).previous).toEqual(g('a', 1));
	});

	test('an unknown guide fails, naming the field, the value and the guides that exist', () => {
		expect(() => neighbours(sorted, 'a', { next: 'missing' })).toThrow(
			'Guide "a" sets next: "missing", which is not another guide in its language (known: b, c).',
		);
	});

	test('a guide cannot point at itself', () => {
		expect(() => neighbours(sorted, 'b', { previous: 'b' })).toThrow(/sets previous: "b"/);
	});
});

test('a clash names the files, in every locale and for every shared order at once', () => {
	const file = (slug: string, order: number) => ({ slug, order, file: `src/content/guides/bg/${slug}.mdx` });
	expect(() => sortGuides([file('a', 1), file('b', 1), file('c', 2), file('d', 3), file('e', 3)])).toThrow(
		'order 1: src/content/guides/bg/a.mdx, src/content/guides/bg/b.mdx\norder 3: src/content/guides/bg/d.mdx, src/content/guides/bg/e.mdx',
	);
});
