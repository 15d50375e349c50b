import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { guideSchema } from '@/schemas/guide';

// The real image() helper needs Astro's build; a file path stands in for it here.
const schema = guideSchema({ image: (() => z.string()) as never });

const valid = {
	title: 'What outsourcing is',
	description: 'What outsourcing means, why companies do it and the four kinds of outsourcing by the scope of the work.',
	pubDate: '2026-11-30',
	order: 1,
	tags: ['outsourcing', 'intellectual property'],
};

/** The dotted paths of the fields a parse failed on. */
function failedFields(input: unknown): string[] {
	const result = schema.safeParse(input);
	return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('guide front matter schema', () => {
	test('accepts a complete guide and turns dates into Date objects', () => {
		const parsed = schema.parse({ ...valid, updatedDate: '2026-12-01', readingMinutes: 6, hero: { image: './hero.png', alt: 'A signed contract' } });
		expect(parsed.pubDate).toBeInstanceOf(Date);
		expect(parsed.updatedDate?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
	});

	test('accepts Bulgarian tags', () => {
		expect(failedFields({ ...valid, tags: ['аутсорсинг', 'търговска тайна'] })).toEqual([]);
	});

	test.each([
		['title', { ...valid, title: undefined }],
		['title', { ...valid, title: 'x'.repeat(71) }],
		['description', { ...valid, description: undefined }],
		['description', { ...valid, description: 'Too short.' }],
		['pubDate', { ...valid, pubDate: 'yesterday' }],
		['pubDate', { ...valid, pubDate: undefined }],
		['order', { ...valid, order: 0 }],
		['order', { ...valid, order: 1.5 }],
		['order', { ...valid, order: '1' }],
		['tags', { ...valid, tags: [] }],
		['tags.0', { ...valid, tags: ['Upper Case'] }],
		['tags.1', { ...valid, tags: ['ok', 'two  spaces'] }],
		['readingMinutes', { ...valid, readingMinutes: 0 }],
		['hero.alt', { ...valid, hero: { image: './hero.png' } }],
		['hero.alt', { ...valid, hero: { image: './hero.png', alt: '  ' } }],
		['updatedDate', { ...valid, updatedDate: '2026-01-01' }],
	])('rejects a bad %s', (field, input) => {
		expect(failedFields(input)).toContain(field);
	});

	test('rejects an unknown field, so a typo such as "descripton" cannot pass silently', () => {
		const result = schema.safeParse({ ...valid, descripton: 'typo' });
		expect(result.success).toBe(false);
		expect(JSON.stringify(result.error?.issues)).toContain('descripton');
	});
});
