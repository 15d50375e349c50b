import type { Locale } from '@/lib/i18n/locales';

/**
 * The short reference a guide shows inline, as each language's legal writing puts it:
 * "GDPR, Art. 28(3)" in English, "чл. 28, пар. 3 от ОРЗД" in Bulgarian.
 */
export function formatCitation(pinpoint: string, lawShort: string, locale: Locale): string {
	return locale === 'bg' ? `${pinpoint} от ${lawShort}` : `${lawShort}, ${pinpoint}`;
}
