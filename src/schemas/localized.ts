import { z } from 'astro/zod';
import { LOCALES, type Locale } from '../lib/i18n/locales.ts';

/** One schema per locale of the site (LOCALES): the keys of a localized field. */
export function perLocale<T extends z.ZodType>(schema: T) {
	return z.strictObject(Object.fromEntries(LOCALES.map((locale) => [locale, schema])) as Record<Locale, T>);
}

/** A text given in every locale of the site: `{ en: …, bg: … }`. */
export const localized = perLocale(z.string().trim().min(1));

/** A list given in every locale, item for item (the n-th Bulgarian item translates the n-th English one). */
export const localizedList = perLocale(z.array(z.string().trim().min(1)).min(1)).refine(
	(lists) => new Set(LOCALES.map((locale) => lists[locale].length)).size === 1,
	{ error: `${LOCALES.join(' and ')} must list the same number of items` },
);

export type Localized = z.infer<typeof localized>;
