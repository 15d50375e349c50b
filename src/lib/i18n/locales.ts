/** Locales the site is published in; the first is the default and lives at the site root. */
export const LOCALES = ['en', 'bg'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Everything that names a locale, in one table: routing, the sitemap, text direction, plurals and number formats follow it. */
export interface LocaleInfo {
	/** BCP 47 tag for `<html lang>`, `hreflang` and `lang` attributes. */
	readonly lang: string;
	/** Tag for `Intl` formatting (dates, numbers, lists, sorting, plural rules): a region picks the conventions, and `og:locale`. */
	readonly intl: string;
	/** The language named in itself, for the language switcher. */
	readonly name: string;
	/**
	 * What follows the number in a percentage, where the language's typography differs from what `Intl` writes
	 * (Bulgarian sets a no-break space before "%"); without it, `Intl`'s own percent format.
	 */
	readonly percentSuffix?: string;
}

export const LOCALE_INFO: Readonly<Record<Locale, LocaleInfo>> = {
	en: { lang: 'en', intl: 'en-GB', name: 'English' },
	bg: { lang: 'bg', intl: 'bg-BG', name: 'Български', percentSuffix: '\u00a0%' },
};

/** Narrows an arbitrary string (a route param, a content id prefix) to a supported locale. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}


/** The locale's text direction, for `<html dir>`: its language's own, as CLDR gives it (`Intl.Locale`), so a new locale needs no entry for it. */
export function textDirection(locale: Locale): 'ltr' | 'rtl' {
	return new Intl.Locale(LOCALE_INFO[locale].lang).getTextInfo().direction ?? 'ltr';
}

/** Open Graph's `og:locale` (language_TERRITORY), from the locale's `Intl` tag: `en-GB` → `en_GB`. */
export function ogLocale(locale: Locale): string {
	return LOCALE_INFO[locale].intl.replace('-', '_');
}
