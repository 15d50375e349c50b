/**
 * Browser side of CalculatorIslands.astro: a translator over the strings the page embedded, shared by every island
 * (one parse per page). Missing or malformed data gives visible keys rather than an exception.
 */
import { translator, type Strings, type Translate } from '@/lib/i18n/translator';

let cached: Translate | undefined;

export function pageTranslator(): Translate {
	if (!cached) {
		let strings: Strings = {};
		try {
			const parsed: unknown = JSON.parse(document.querySelector('[data-calc-strings]')?.getAttribute('data-calc-strings') ?? '{}');
			if (typeof parsed === 'object' && parsed !== null) strings = Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as Strings;
		} catch {
			// Keys stay visible, which the tests would catch.
		}
		cached = translator(strings);
	}
	return cached;
}
