import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

/** The `lang` route param for a locale: absent for the default locale, so its pages live at the root. */
export function langParam(locale: Locale): string | undefined {
	return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** `getStaticPaths()` result for a `[...lang]` route that exists once per locale (the page reads its locale from `Astro.locals`). */
export function localeStaticPaths() {
	return LOCALES.map((locale) => ({ params: { lang: langParam(locale) } }));
}
