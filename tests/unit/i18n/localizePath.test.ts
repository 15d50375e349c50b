import { describe, expect, test } from 'vitest';
import { localeStaticPaths, langParam } from '@/lib/i18n/localeStaticPaths';
import { isLocale } from '@/lib/i18n/locales';
import { localizePath, stripLocale } from '@/lib/i18n/localizePath';
import { pageLocale } from '@/lib/i18n/pageLocale';

describe('localizePath', () => {
	test('keeps English at the root and prefixes Bulgarian', () => {
		expect(localizePath('/guides/', 'en')).toBe('/guides/');
		expect(localizePath('/guides/', 'bg')).toBe('/bg/guides/');
		expect(localizePath('/', 'bg')).toBe('/bg/');
		expect(localizePath('/rss.xml', 'bg')).toBe('/bg/rss.xml');
	});

	test('switches a localised path to the other locale without doubling the prefix', () => {
		expect(localizePath('/bg/guides/x/', 'en')).toBe('/guides/x/');
		expect(localizePath('/bg/guides/x/', 'bg')).toBe('/bg/guides/x/');
	});

	test('accepts a path without its leading slash', () => {
		expect(localizePath('contact/', 'bg')).toBe('/bg/contact/');
	});

	test('does not mistake a segment that merely starts with a locale for a prefix', () => {
		expect(stripLocale('/bgx/')).toBe('/bgx/');
		expect(localizePath('/bgx/', 'bg')).toBe('/bg/bgx/');
	});
});

describe('locales', () => {
	test('isLocale accepts only the site locales', () => {
		expect(isLocale('en')).toBe(true);
		expect(isLocale('bg')).toBe(true);
		for (const value of ['EN', 'de', '', undefined, null, 1]) expect(isLocale(value)).toBe(false);
	});

	test('pageLocale falls back to English for anything unknown', () => {
		expect(pageLocale('bg')).toBe('bg');
		expect(pageLocale(undefined)).toBe('en');
		expect(pageLocale('fr')).toBe('en');
	});

	test('static paths: English at the root (no param), Bulgarian under bg', () => {
		expect(langParam('en')).toBeUndefined();
		expect(langParam('bg')).toBe('bg');
		expect(localeStaticPaths()).toEqual([
			{ params: { lang: undefined } },
			{ params: { lang: 'bg' } },
		]);
	});
});
