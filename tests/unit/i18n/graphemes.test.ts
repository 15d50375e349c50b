import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cutToLength, firstGrapheme, splitGraphemes, truncateGraphemes } from '@/lib/i18n/graphemes';

describe('firstGrapheme', () => {
	test.each([
		['Аутсорсинг', 'А'],
		['e\u0301clair', 'e\u0301'], // e + combining acute stays one letter
		['👩‍💻 team', '👩‍💻'], // a ZWJ sequence is one character to the reader
		['🇧🇬', '🇧🇬'],
		['', ''],
	])('%j starts with %j', (text, expected) => {
		expect(firstGrapheme(text)).toBe(expected);
	});
});

describe('truncateGraphemes', () => {
	test('keeps short texts whole and cuts long ones to the count', () => {
		expect(truncateGraphemes('newsletter', 100)).toBe('newsletter');
		expect(truncateGraphemes('newsletter', 4)).toBe('news');
		expect(truncateGraphemes('', 3)).toBe('');
		expect(truncateGraphemes('abc', 0)).toBe('');
	});

	test('never splits a letter with its accent, an emoji sequence or a flag', () => {
		expect(truncateGraphemes('e\u0301e\u0301e\u0301', 2)).toBe('e\u0301e\u0301');
		expect(truncateGraphemes('👩‍💻👩‍💻', 1)).toBe('👩‍💻');
		expect(truncateGraphemes('🇧🇬🇪🇺', 1)).toBe('🇧🇬');
	});
});

describe('splitGraphemes', () => {
	test('splits into user-perceived characters, whole', () => {
		expect(splitGraphemes('Жe\u0301👩‍💻🇧🇬\r\n')).toEqual(['Ж', 'e\u0301', '👩‍💻', '🇧🇬', '\r\n']);
		expect(splitGraphemes('')).toEqual([]);
	});

	test('with a length, stops after the character that passes it', () => {
		expect(splitGraphemes('abcdef', 2)).toEqual(['a', 'b', 'c']);
		expect(splitGraphemes('👩‍💻👩‍💻👩‍💻', 6)).toEqual(['👩‍💻', '👩‍💻']);
		expect(splitGraphemes('ab', 5)).toEqual(['a', 'b']);
	});
});

describe('cutToLength', () => {
	test('keeps texts that fit and cuts others to the length, between characters', () => {
		expect(cutToLength('abc', 3)).toBe('abc');
		expect(cutToLength('abcdef', 4)).toBe('abcd');
		expect(cutToLength('ab😀', 3)).toBe('ab');
		expect(cutToLength('a👩‍💻', 5)).toBe('a');
		expect(cutToLength('a👩‍💻', 6)).toBe('a👩‍💻');
		expect(cutToLength('e\u0301e\u0301', 3)).toBe('e\u0301');
	});

	test('never leaves a lone surrogate and never exceeds the length', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), fc.nat(40), (text, max) => {
				const cut = cutToLength(text, max);
				expect(cut.length).toBeLessThanOrEqual(max);
				expect(cut.isWellFormed()).toBe(true);
				expect(text.startsWith(cut)).toBe(true);
			}),
		);
	});
});
