// The sources are published one page per act (`/sources/zapsp/`), listed on `/sources/`: a provision's address is its
// act's page with the provision's anchor, the same anchor a guide's Sources section uses.
import type { Locale } from '@/lib/i18n/locales';
import { localizePath } from '@/lib/i18n/localizePath';
import type { Translate } from '@/lib/i18n/translator';

/** The language-neutral path of an act's page: `/sources/gdpr/`. */
export const actPagePath = (lawId: string): string => `/sources/${lawId}/`;

/** Where a provision is listed, in a locale: `/bg/sources/zapsp/#source-zapsp-art-42`. */
export const sourceHref = (lawId: string, sourceId: string, locale: Locale): string => `${localizePath(actPagePath(lawId), locale)}#source-${sourceId}`;

/** An act page's title, built from the act's short name ("GDPR: the provisions the guides cite"); its heading is the act's full name. */
export const actPageTitle = (short: string, t: Translate): string => t('sources.act.title', { act: short });
