// Where an act's official text is, per language, and which address a source entry links: pure decisions for
// SourceEntry.astro and ActFacts.astro.
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import type { UiKey } from '@/lib/i18n/ui/en';

/** Addresses by language, as the law and source schemas give them (`url: { en: …, bg: … }`). */
export type AddressByLanguage = { readonly [L in Locale]?: string | undefined };

/** One language's official text of an act: its address and the site that publishes it, for the link's label. */
export interface OfficialText {
	lang: Locale;
	href: string;
	/** The publishing site's host name without "www.", e.g. "eur-lex.europa.eu". */
	site: string;
}

/** The label of a link to an act's official text, per the text's language: "Official text in Bulgarian ({site})". */
export const OFFICIAL_TEXT_LABEL = { en: 'sources.officialText.en', bg: 'sources.officialText.bg' } as const satisfies Record<Locale, UiKey>;

const siteOf = (href: string) => new URL(href).hostname.replace(/^www\./, '');

/** An act's official texts, the page's language first, then the others in the order of the site's locales. */
export function officialTexts(url: AddressByLanguage | undefined, locale: Locale): OfficialText[] {
	const order = [locale, ...LOCALES.filter((l) => l !== locale)];
	return order.flatMap((lang) => {
		const href = url?.[lang];
		return href === undefined ? [] : [{ lang, href, site: siteOf(href) }];
	});
}

/**
 * The act's official text in the page's language, when the quotation the page shows is in another language (a Bulgarian
 * page quoting an EU act in English until its Bulgarian wording has been read): the reader gets the text in their language.
 */
export function officialTextInstead(url: AddressByLanguage | undefined, quoteLang: Locale, locale: Locale): OfficialText | undefined {
	if (quoteLang === locale) return undefined;
	return officialTexts(url, locale).find((text) => text.lang === locale);
}

/** Where a quotation in `lang` was read: the source's one address, or its address for that language. */
export function readAt(url: string | AddressByLanguage, lang: Locale): string {
	if (typeof url === 'string') return url;
	const href = url[lang] ?? Object.values(url).find((value) => value !== undefined);
	if (href === undefined) throw new Error('a source gives no address where it was read');
	return href;
}
