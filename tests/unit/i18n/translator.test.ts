import { describe, expect, test } from 'vitest';
import { LOCALE_INFO, LOCALES } from '@/lib/i18n/locales';
import { pickStrings } from '@/lib/i18n/pickStrings';
import { translator } from '@/lib/i18n/translator';
import { bg } from '@/lib/i18n/ui/bg';
import { en } from '@/lib/i18n/ui/en';
import { dictionaries } from '@/lib/i18n/useTranslations';

describe('translator', () => {
	test('looks keys up in the given strings and fills placeholders', () => {
		const t = translator({ 'calc.points.other': '{count} points' }, 'en-GB');
		expect(t('calc.points.other', { count: 7 })).toBe('7 points');
	});

	test('shows a key missing from a partial dictionary instead of an empty string', () => {
		expect(translator({}, 'en-GB')('calc.level.high')).toBe('calc.level.high');
	});

	test('does not interpret values', () => {
		const t = translator({ 'calc.notice.item': '{field}: “{value}”' }, 'en-GB');
		expect(t('calc.notice.item', { field: '{value}', value: '$& <b>' })).toBe('{value}: “$& <b>”');
	});
});

describe('plural forms, by the language’s plural rules', () => {
	const forms = { 'calc.points.one': 'one: {count}', 'calc.points.other': 'other: {count} {unit}' };

	test.each([
		['en-GB', 1, 'one: 1'],
		['en-GB', 0, 'other: 0 {unit}'],
		['en-GB', 2, 'other: 2 {unit}'],
		['bg-BG', 1, 'one: 1'],
		['bg-BG', 5, 'other: 5 {unit}'],
	])('%s, %i: %s', (intl, count, text) => {
		expect(translator(forms, intl).plural('calc.points', count)).toBe(text);
	});

	test('a form the dictionary lacks stays visible, as a missing key does (Russian 2 is "few"); other placeholders are filled', () => {
		expect(translator(forms, 'ru-RU').plural('calc.points', 2, { unit: 'x' })).toBe('calc.points.few');
		expect(translator(forms, 'ru-RU').plural('calc.points', 21, { unit: 'x' })).toBe('one: 21');
		expect(translator(forms, 'ru-RU').plural('calc.points', 5, { unit: 'x' })).toBe('calc.points.many');
	});

	test.each(LOCALES)('%s: its dictionary has every form its plural rules pick, for every plural string', (locale) => {
		const dictionary: Readonly<Record<string, string>> = dictionaries[locale];
		const bases = new Set(Object.keys(dictionary).flatMap((key) => (key.endsWith('.other') ? [key.slice(0, -'.other'.length)] : [])));
		expect(bases.size).toBeGreaterThan(0);
		const categories = new Intl.PluralRules(LOCALE_INFO[locale].intl).resolvedOptions().pluralCategories;
		for (const base of bases) for (const category of categories) expect(dictionary, `${base}.${category}`).toHaveProperty([`${base}.${category}`]);
	});
});

describe('pickStrings', () => {
	test('keeps exactly the given keys', () => {
		expect(pickStrings(en, ['calc.level.high', 'nav.home'])).toEqual({ 'calc.level.high': en['calc.level.high'], 'nav.home': en['nav.home'] });
	});

	test('takes the values of the given locale', () => {
		expect(pickStrings(bg, ['calc.level.high'])).toEqual({ 'calc.level.high': bg['calc.level.high'] });
	});

	test('no keys, no strings', () => {
		expect(pickStrings(en, [])).toEqual({});
	});
});
