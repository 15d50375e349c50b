import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

/**
 * Returns `path` (root-relative, e.g. `/guides/`) as it is published for `locale`:
 * the default locale stays at the root, every other locale gets a `/<locale>` prefix.
 */
export function localizePath(path: string, locale: Locale): string {
	const clean = stripLocale(path);
	return locale === DEFAULT_LOCALE ? clean : `/${locale}${clean}`;
}

/** Removes a leading locale segment, so `/bg/guides/` and `/guides/` both give `/guides/`. */
export function stripLocale(path: string): string {
	const absolute = path.startsWith('/') ? path : `/${path}`;
	const [, first, ...rest] = absolute.split('/');
	if (isLocale(first) && first !== DEFAULT_LOCALE) return `/${rest.join('/')}`;
	return absolute;
}
