import { describe, expect, test } from 'vitest';
import { officialTextInstead, officialTexts, readAt } from '@/lib/legal/officialText';

const BG = 'https://eur-lex.europa.eu/legal-content/BG/TXT/?uri=CELEX:32016L0943';
const EN = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016L0943';

describe('officialTexts', () => {
	test("lists the page's language first, each with the site that publishes it", () => {
		expect(officialTexts({ en: EN, bg: BG }, 'bg')).toEqual([
			{ lang: 'bg', href: BG, site: 'eur-lex.europa.eu' },
			{ lang: 'en', href: EN, site: 'eur-lex.europa.eu' },
		]);
		expect(officialTexts({ en: EN, bg: BG }, 'en').map((text) => text.lang)).toEqual(['en', 'bg']);
	});

	test('lists only the languages the act has an address for, and names the site without "www."', () => {
		expect(officialTexts({ en: 'https://www.epo.org/en/legal/epc' }, 'bg')).toEqual([{ lang: 'en', href: 'https://www.epo.org/en/legal/epc', site: 'epo.org' }]);
		expect(officialTexts(undefined, 'bg')).toEqual([]);
	});
});

describe('officialTextInstead', () => {
	test("gives the text in the page's language when the quotation shown is in another", () => {
		expect(officialTextInstead({ en: EN, bg: BG }, 'en', 'bg')).toEqual({ lang: 'bg', href: BG, site: 'eur-lex.europa.eu' });
	});

	test("gives nothing when the quotation is in the page's language, or the act has no text in it", () => {
		expect(officialTextInstead({ en: EN, bg: BG }, 'bg', 'bg')).toBeUndefined();
		expect(officialTextInstead({ en: 'https://www.epo.org/en/legal/epc' }, 'en', 'bg')).toBeUndefined();
		expect(officialTextInstead(undefined, 'bg', 'en')).toBeUndefined();
	});
});

describe('readAt', () => {
	test('gives the one address a source was read at, whatever the language', () => {
		expect(readAt('https://www.ippt.eu/legal-texts/trade-secrets-directive/article-2', 'bg')).toBe('https://www.ippt.eu/legal-texts/trade-secrets-directive/article-2');
	});

	test("gives the address of the quotation's language, or the first one given", () => {
		expect(readAt({ en: EN, bg: BG }, 'bg')).toBe(BG);
		expect(readAt({ en: EN, bg: BG }, 'en')).toBe(EN);
		expect(readAt({ en: EN }, 'bg')).toBe(EN);
	});

	test('fails on a source that gives no address', () => {
		expect(() => readAt({}, 'en')).toThrow(/no address/);
	});
});
