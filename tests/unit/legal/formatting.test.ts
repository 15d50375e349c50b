import { describe, expect, test } from 'vitest';
import { groupByInitial } from '@/lib/i18n/groupByInitial';
import { useTranslations } from '@/lib/i18n/useTranslations';
import { formatCitation } from '@/lib/legal/formatCitation';
import { quoteFor } from '@/lib/legal/quoteFor';

describe('formatCitation', () => {
	test('puts the act first in English, as "GDPR, Art. 28(3)"', () => {
		expect(formatCitation('Art. 28(3)', 'GDPR', useTranslations('en'))).toBe('GDPR, Art. 28(3)');
	});

	test('puts the article first in Bulgarian, as "чл. 42, ал. 1 от ЗАПСП"', () => {
		expect(formatCitation('чл. 42, ал. 1', 'ЗАПСП', useTranslations('bg'))).toBe('чл. 42, ал. 1 от ЗАПСП');
	});
});

describe('quoteFor', () => {
	test("prefers the page's language", () => {
		expect(quoteFor({ en: 'English text', bg: 'Български текст' }, 'bg')).toEqual({ lang: 'bg', text: 'Български текст' });
	});

	test('falls back to the language the provision was read in, and says which', () => {
		expect(quoteFor({ bg: 'Български текст' }, 'en')).toEqual({ lang: 'bg', text: 'Български текст' });
		expect(quoteFor({ en: 'English text' }, 'bg')).toEqual({ lang: 'en', text: 'English text' });
	});
});

describe('groupByInitial', () => {
	test('groups consecutive items under their upper-case first letter, keeping their order', () => {
		const groups = groupByInitial(['arbitration', 'Adequacy', 'escrow', 'EEA'], (s) => s, 'en');
		expect(groups).toEqual([
			{ letter: 'A', items: ['arbitration', 'Adequacy'] },
			{ letter: 'E', items: ['escrow', 'EEA'] },
		]);
	});

	test('handles Cyrillic initials and leading spaces', () => {
		expect(groupByInitial([' авторско право', 'Арбитраж', 'неустойка'], (s) => s, 'bg').map((g) => g.letter)).toEqual(['А', 'Н']);
	});

	test('returns no groups for no items', () => {
		expect(groupByInitial([], (s: string) => s, 'en')).toEqual([]);
	});
});
