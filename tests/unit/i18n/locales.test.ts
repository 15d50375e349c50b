// The locale table (src/lib/i18n/locales.ts): everything else that names a locale derives from it, so its entries
// must be usable as they are.
import { expect, test } from 'vitest';
import { DEFAULT_LOCALE, isLocale, LOCALE_INFO, LOCALES, ogLocale, textDirection } from '@/lib/i18n/locales';

test.each(LOCALES)('%s: its lang tag is its code, which islands read back from the page (src/components/islandLocale.ts)', (locale) => {
	expect(LOCALE_INFO[locale].lang).toBe(locale);
	expect(isLocale(LOCALE_INFO[locale].lang)).toBe(true);
});

test.each(LOCALES)('%s: Intl knows its tag, for numbers, dates and plural rules', (locale) => {
	const { intl, lang } = LOCALE_INFO[locale];
	expect(Intl.NumberFormat.supportedLocalesOf([intl])).toEqual([intl]);
	expect(Intl.PluralRules.supportedLocalesOf([lang])).toEqual([lang]);
	expect(['ltr', 'rtl']).toContain(textDirection(locale));
});

test('the default locale is one of the locales, and names are unique', () => {
	expect(LOCALES).toContain(DEFAULT_LOCALE);
	expect(new Set(LOCALES.map((locale) => LOCALE_INFO[locale].name)).size).toBe(LOCALES.length);
});

test('text direction is the language\'s own, from CLDR: right to left where it is', () => {
	expect(new Intl.Locale('ar').getTextInfo().direction).toBe('rtl');
	expect(new Intl.Locale('he').getTextInfo().direction).toBe('rtl');
});

test.each(LOCALES)('%s: og:locale is language_TERRITORY', (locale) => {
	expect(ogLocale(locale)).toMatch(/^[a-z]{2,3}_[A-Z]{2}$/);
});
