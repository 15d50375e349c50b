/** Locales the site is published in; the first is the default and lives at the site root. */
export const LOCALES = ['en', 'bg'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Everything that names a locale, in one table. */
export interface LocaleInfo {
	/** BCP 47 tag for `<html lang>`, `hreflang` and `lang` attributes. */
	readonly lang: string;
	/** Tag for `Intl` formatting (dates, numbers, lists, sorting): a region picks the conventions. */
	readonly intl: string;
	/** Open Graph's `og:locale` (language_TERRITORY). */
	readonly ogLocale: string;
	/** The language named in itself, for the language switcher. */
	readonly name: string;
}

export const LOCALE_INFO: Readonly<Record<Locale, LocaleInfo>> = {
	en: { lang: 'en', intl: 'en-GB', ogLocale: 'en_GB', name: 'English' },
	bg: { lang: 'bg', intl: 'bg-BG', ogLocale: 'bg_BG', name: 'Български' },
};

/** Narrows an arbitrary string (a route param, a content id prefix) to a supported locale. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
