import type { Locale } from '@/lib/i18n/locales';

/** A provision's quotation: the page's language where we have it, otherwise the language it was read in. */
export function quoteFor(quote: { readonly [L in Locale]?: string | undefined }, locale: Locale): { lang: Locale; text: string } {
	const own = quote[locale];
	if (own !== undefined) return { lang: locale, text: own };
	const [lang, text] = (Object.entries(quote) as [Locale, string | undefined][]).find(([, value]) => value !== undefined) ?? [locale, ''];
	return { lang, text: text ?? '' };
}
