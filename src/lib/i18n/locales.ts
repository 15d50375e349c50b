/** Locales the site is published in; the first is the default and lives at the site root. */
export const LOCALES = ['en', 'bg'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** BCP 47 tags used for `<html lang>`, `hreflang` and `Intl` formatting. */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en', bg: 'bg' };

/** Native names for the language switcher (a language is always named in itself). */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', bg: 'Български' };

/** Narrows an arbitrary string (a route param, a content id prefix) to a supported locale. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
