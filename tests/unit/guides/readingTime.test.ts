import { expect, test } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '@/lib/guides/readingTime';

test('counts only the words a reader sees', () => {
	const mdx = [
		"import Callout from '@/components/guides/Callout.astro';",
		'',
		'## Sign an NDA first {#nda}',
		'',
		'<Callout type="caution" title="Too late">',
		'',
		'Read the [assignment clause](/guides/x/#assignment-of-rights) **twice**.',
		'',
		'</Callout>',
		'',
		'| Kind | Risk |',
		'| --- | --- |',
		'| ITO | high |',
	].join('\n');
	// Sign an NDA first (4) / Read the assignment clause twice (5) / Kind Risk ITO high (4)
	expect(countWords(mdx)).toBe(13);
});

test('counts Cyrillic words and keeps numbers and contractions whole', () => {
	// The dash and the per-cent signs are not words.
	expect(countWords('Делът расте всяка година – от 45 % до 75 %.')).toBe(8);
	expect(countWords("The contractor's rate, 1,000.5 units")).toBe(5);
});

test('an empty body has no words', () => {
	expect(countWords('')).toBe(0);
	expect(countWords("import X from 'y';\n\n<X />")).toBe(0);
});

test('reading time rounds to whole minutes and is never zero', () => {
	expect(readingMinutes(0)).toBe(1);
	expect(readingMinutes(WORDS_PER_MINUTE * 2.4)).toBe(2);
	expect(readingMinutes(WORDS_PER_MINUTE * 2.5)).toBe(3);
	expect(readingMinutes(1000)).toBe(5);
});
