import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/locales';

/**
 * The locale of the page (or the part of it) an element is in, from the `lang` it inherits: a locale's `lang` tag is
 * its code (tests/unit/i18n/locales.test.ts holds the table to that), so the browser needs no copy of the table.
 */
export function islandLocale(element: HTMLElement): Locale {
	const lang = element.closest('[lang]')?.getAttribute('lang');
	return isLocale(lang) ? lang : DEFAULT_LOCALE;
}
