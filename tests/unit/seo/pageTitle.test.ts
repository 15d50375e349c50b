import { expect, test } from 'vitest';
import { MAX_TITLE, pageTitle } from '@/lib/seo/pageTitle';

test('appends the brand when the result fits', () => {
	expect(pageTitle('Guides', 'Brand')).toBe('Guides | Brand');
});

test('the brand alone is not repeated', () => {
	expect(pageTitle('Brand', 'Brand')).toBe('Brand');
});

test('drops the brand rather than exceed the limit, and never truncates the page title', () => {
	const title = 'A'.repeat(60);
	expect(pageTitle(title, 'Brand name here')).toBe(title);
	expect(pageTitle('x'.repeat(MAX_TITLE - 8), 'Brand').length).toBe(MAX_TITLE);
});
