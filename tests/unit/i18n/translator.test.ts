import { describe, expect, test } from 'vitest';
import { pickStrings } from '@/lib/i18n/pickStrings';
import { translator } from '@/lib/i18n/translator';
import { bg } from '@/lib/i18n/ui/bg';
import { en } from '@/lib/i18n/ui/en';

describe('translator', () => {
	test('looks keys up in the given strings and fills placeholders', () => {
		const t = translator({ 'calc.points.other': '{count} points' });
		expect(t('calc.points.other', { count: 7 })).toBe('7 points');
	});

	test('shows a key missing from a partial dictionary instead of an empty string', () => {
		expect(translator({})('calc.level.high')).toBe('calc.level.high');
	});

	test('does not interpret values', () => {
		const t = translator({ 'calc.notice.item': '{field}: “{value}”' });
		expect(t('calc.notice.item', { field: '{value}', value: '$& <b>' })).toBe('{value}: “$& <b>”');
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
