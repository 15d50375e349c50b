import type { Translate } from '@/lib/i18n/translator';

/**
 * The short reference a guide shows inline, as each language's legal writing puts it (`sources.cite`):
 * "GDPR, Art. 28(3)" in English, "чл. 28, пар. 3 от ОРЗД" in Bulgarian.
 */
export function formatCitation(pinpoint: string, lawShort: string, t: Translate): string {
	return t('sources.cite', { pinpoint, act: lawShort });
}
