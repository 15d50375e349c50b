import { LOCALE_INFO, type Locale } from './locales';

// `Intl` tags come from LOCALE_INFO: British English matches the site's spelling ("licence", day-month-year dates).

/**
 * Formats a percentage given in percent (`75` → "75%" in English; "75 %", with a no-break space, in Bulgarian, as its
 * typography expects: LOCALE_INFO's `percentSuffix`), else as `Intl` writes percentages in the locale.
 */
export function formatPercent(value: number, locale: Locale): string {
	const { intl, percentSuffix } = LOCALE_INFO[locale];
	if (percentSuffix === undefined) return new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
	return `${formatNumber(value, locale)}${percentSuffix}`;
}

/** Formats a plain number with the locale's decimal separator. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 1): string {
	return new Intl.NumberFormat(LOCALE_INFO[locale].intl, { maximumFractionDigits }).format(value);
}

/** Formats a calendar date ("30 November 2026" / "30 ноември 2026 г.") in UTC so builds are stable across time zones. */
export function formatDate(date: Date, locale: Locale): string {
	return new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Joins items as the language does ("2023 and 2024" / "2023 и 2024"). */
export function formatList(items: readonly string[], locale: Locale): string {
	return new Intl.ListFormat(LOCALE_INFO[locale].intl, { style: 'long', type: 'conjunction' }).format(items);
}

/** Names a country or region from its ISO 3166-1 code in the locale's language (`BG` → "Bulgaria" / "България"). */
export function formatRegion(code: string, locale: Locale): string {
	return new Intl.DisplayNames(LOCALE_INFO[locale].intl, { type: 'region' }).of(code) ?? code;
}

/** Names a language from its BCP 47 tag in the locale's language (`bg` → "Bulgarian" / "български"). */
export function formatLanguage(tag: string, locale: Locale): string {
	return new Intl.DisplayNames(LOCALE_INFO[locale].intl, { type: 'language' }).of(tag) ?? tag;
}
