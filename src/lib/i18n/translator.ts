import type { UiKey } from './ui/en';

/** Looks a key up and fills its `{name}` placeholders. */
export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** Some or all of a locale's strings: the browser only gets the few an island needs (see pickStrings). */
export type Strings = Partial<Record<UiKey, string>>;

/**
 * Returns `t(key, vars)` over a dictionary. A placeholder without a value, or a key missing from a partial
 * dictionary, is left visible rather than silently dropped, so tests catch it.
 */
export function translator(strings: Strings): Translate {
	return (key, vars) => {
		const template = strings[key] ?? key;
		if (!vars) return template;
		return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
	};
}
