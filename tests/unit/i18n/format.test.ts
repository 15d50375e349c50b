import { expect, test } from 'vitest';
import { formatDate, formatLanguage, formatList, formatNumber, formatPercent, formatRegion } from '@/lib/i18n/format';

test('percentages: "75%" in English, "75 %" with a no-break space in Bulgarian', () => {
	expect(formatPercent(75, 'en')).toBe('75%');
	expect(formatPercent(75, 'bg')).toBe('75\u00a0%');
	expect(formatPercent(15.6, 'bg')).toBe('15,6\u00a0%');
	expect(formatPercent(15.64, 'en')).toBe('15.6%');
});

test('numbers use the locale decimal separator', () => {
	expect(formatNumber(7.5, 'en')).toBe('7.5');
	expect(formatNumber(7.5, 'bg')).toBe('7,5');
	expect(formatNumber(7.46, 'en', 0)).toBe('7');
});

test('dates are day-month-year in both languages and independent of the machine time zone', () => {
	const date = new Date('2026-11-30T00:00:00Z');
	expect(formatDate(date, 'en')).toBe('30 November 2026');
	expect(formatDate(date, 'bg')).toBe('30 ноември 2026 г.');
});

test('lists are joined the way each language joins them', () => {
	expect(formatList(['2023', '2024'], 'en')).toBe('2023 and 2024');
	expect(formatList(['2023', '2024'], 'bg')).toBe('2023 и 2024');
	expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
	expect(formatList(['2022'], 'bg')).toBe('2022');
});

test('countries and languages are named in the reader\'s language', () => {
	expect(formatRegion('BG', 'en')).toBe('Bulgaria');
	expect(formatRegion('BG', 'bg')).toBe('България');
	expect(formatLanguage('bg', 'en')).toBe('Bulgarian');
	expect(formatLanguage('en', 'bg')).toBe('английски');
});
