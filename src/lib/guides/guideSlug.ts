import { isLocale, type Locale } from '@/lib/i18n/locales';

/** Splits a guide entry id (`en/what-is-outsourcing`) into its locale and its language-neutral slug. */
export function parseGuideId(id: string): { locale: Locale; slug: string } {
	const [locale, ...rest] = id.split('/');
	const slug = rest.join('/');
	if (!isLocale(locale) || slug === '') {
		throw new Error(`Guide "${id}" must live in src/content/guides/<locale>/ where <locale> is one of the site's locales.`);
	}
	return { locale, slug };
}
