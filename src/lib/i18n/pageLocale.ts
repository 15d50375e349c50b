import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

/** The locale Astro resolved for the page being rendered (`Astro.currentLocale`), narrowed to a supported one. */
export function pageLocale(currentLocale: string | undefined): Locale {
	return isLocale(currentLocale) ? currentLocale : DEFAULT_LOCALE;
}
