import type { Locale } from './locales';
import { bg } from './ui/bg';
import { en, type UiKey } from './ui/en';

/** Every locale's dictionary, keyed by locale. */
export const dictionaries: Record<Locale, Record<UiKey, string>> = { en, bg };

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/**
 * Returns `t(key, vars)` for a locale: looks the key up and fills `{name}` placeholders.
 * A placeholder without a value is left visible rather than silently dropped, so tests catch it.
 */
export function useTranslations(locale: Locale): Translate {
	const dictionary = dictionaries[locale];
	return (key, vars) => {
		const template = dictionary[key];
		if (!vars) return template;
		return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
	};
}
