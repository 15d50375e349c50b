import { describe, expect, test } from 'vitest';
import { LOCALES } from '@/lib/i18n/locales';
import { bg } from '@/lib/i18n/ui/bg';
import { en } from '@/lib/i18n/ui/en';
import { dictionaries, useTranslations } from '@/lib/i18n/useTranslations';

describe('useTranslations', () => {
	test('looks a key up in the requested locale', () => {
		expect(useTranslations('en')('nav.guides')).toBe(en['nav.guides']);
		expect(useTranslations('bg')('nav.guides')).toBe(bg['nav.guides']);
	});

	test('fills every {placeholder} with its value, numbers included', () => {
		expect(useTranslations('en')('guides.readingTime', { minutes: 4 })).toBe('4 min read');
		expect(useTranslations('bg')('guides.readingTime', { minutes: 4 })).toBe('4 мин. четене');
		expect(useTranslations('en')('sources.checked', { date: '30 November 2026' })).toBe('checked on 30 November 2026');
	});

	test('leaves a placeholder without a value visible instead of printing "undefined"', () => {
		expect(useTranslations('en')('guides.readingTime', {})).toBe('{minutes} min read');
	});

	test('does not interpret values: "$&" and braces in a value are printed as they are', () => {
		expect(useTranslations('en')('sources.checked', { date: '$& {date}' })).toBe('checked on $& {date}');
	});
});

describe('dictionaries', () => {
	const reference = Object.keys(en).sort();

	// Which keys each locale defines is the type checker's job (Record<UiKey, string>); an empty string is not.
	test.each(LOCALES)('%s has no empty string', (locale) => {
		for (const [key, value] of Object.entries(dictionaries[locale])) expect(value.trim(), key).not.toBe('');
	});

	test('every translation uses the same placeholders as the English string', () => {
		const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of reference as Array<keyof typeof en>) {
			expect(placeholders(bg[key]), key).toEqual(placeholders(en[key]));
		}
	});
});
