import { LOCALE_INFO, type Locale } from './locales';
import { translator, type Translate } from './translator';
import { bg } from './ui/bg';
import { en, type UiKey } from './ui/en';

/** Every locale's dictionary, keyed by locale. */
export const dictionaries: Record<Locale, Record<UiKey, string>> = { en, bg };

export type { Translate };

/** Returns `t(key, vars)` for a locale: looks the key up and fills `{name}` placeholders (see translator). */
export function useTranslations(locale: Locale): Translate {
	return translator(dictionaries[locale], LOCALE_INFO[locale].intl);
}
