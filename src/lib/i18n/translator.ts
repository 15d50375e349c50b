import type { UiKey } from './ui/en';

type Vars = Record<string, string | number>;

/** The keys that come in plural forms: `calc.points` for `calc.points.one`, `calc.points.other`… */
type PluralBase<K> = K extends `${infer Base}.other` ? Base : never;
export type PluralKey = PluralBase<UiKey>;

/** Looks a key up and fills its `{name}` placeholders. */
export interface Translate {
	(key: UiKey, vars?: Vars): string;
	/**
	 * The form of `base` that the language's plural rules (`Intl.PluralRules`) pick for `count` (`calc.points.one`,
	 * `.few`, `.other`…; a form the dictionary lacks stays visible, as a missing key), with `{count}` filled in.
	 */
	plural(base: PluralKey, count: number, vars?: Vars): string;
}

/** Some or all of a locale's strings: the browser only gets the few an island needs (see pickStrings). */
export type Strings = Partial<Record<UiKey, string>>;

/**
 * Returns `t(key, vars)` over a dictionary in the language `intl` (an `Intl` tag, LOCALE_INFO's). A placeholder
 * without a value, or a key missing from a partial dictionary, is left visible rather than silently dropped, so tests
 * catch it.
 */
export function translator(strings: Strings, intl: string): Translate {
	let rules: Intl.PluralRules | undefined;
	const t: Translate = (key, vars) => {
		const template = strings[key] ?? key;
		if (!vars) return template;
		return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
	};
	t.plural = (base, count, vars) => {
		const form = `${base}.${(rules ??= new Intl.PluralRules(intl)).select(count)}` as UiKey;
		return t(form, { count, ...vars });
	};
	return t;
}
