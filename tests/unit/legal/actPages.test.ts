import { expect, test } from 'vitest';
import { useTranslations } from '@/lib/i18n/useTranslations';
import { actPagePath, actPageTitle, sourceHref } from '@/lib/legal/actPages';

test("an act's page lives under /sources/, named by the act's id", () => {
	expect(actPagePath('gdpr')).toBe('/sources/gdpr/');
});

test("a provision's address is its act's page in the locale, with the anchor the guides use", () => {
	expect(sourceHref('zapsp', 'zapsp-art-42', 'en')).toBe('/sources/zapsp/#source-zapsp-art-42');
	expect(sourceHref('zapsp', 'zapsp-art-42', 'bg')).toBe('/bg/sources/zapsp/#source-zapsp-art-42');
});

test("an act page's title names the act by its short name, in the page's language", () => {
	expect(actPageTitle('GDPR', useTranslations('en'))).toMatch(/^GDPR: /);
	expect(actPageTitle('ОРЗД', useTranslations('bg'))).toMatch(/^ОРЗД: /);
});
