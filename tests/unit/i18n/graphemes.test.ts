import { describe, expect, test } from 'vitest';
import { firstGrapheme, splitGraphemes, truncateGraphemes } from '@/lib/i18n/graphemes';

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
