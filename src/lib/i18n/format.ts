import type { Locale } from './locales';

/** `Intl` tags: British English matches the site's spelling ("licence", day-month-year dates). */
const INTL_TAGS: Record<Locale, string> = { en: 'en-GB', bg: 'bg-BG' };

/** Formats a whole percentage (`75` → "75%" in English, "75 %" with a no-break space in Bulgarian, as Bulgarian typography expects). */
export function formatPercent(value: number, locale: Locale): string {
	const number = new Intl.NumberFormat(INTL_TAGS[locale], { maximumFractionDigits: 1 }).format(value);
	return locale === 'bg' ? `${number}\u00a0%` : `${number}%`;
}

/** Formats a plain number with the locale's decimal separator. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 1): string {
	return new Intl.NumberFormat(INTL_TAGS[locale], { maximumFractionDigits }).format(value);
}

/** Formats a calendar date ("30 November 2026" / "30 ноември 2026 г.") in UTC so builds are stable across time zones. */
export function formatDate(date: Date, locale: Locale): string {
	return new Intl.DateTimeFormat(INTL_TAGS[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Joins items as the language does ("2023 and 2024" / "2023 и 2024"). */
export function formatList(items: readonly string[], locale: Locale): string {
	return new Intl.ListFormat(INTL_TAGS[locale], { style: 'long', type: 'conjunction' }).format(items);
}
