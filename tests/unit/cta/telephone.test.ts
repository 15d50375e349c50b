import { expect, test } from 'vitest';
import { telephoneHref, telephoneText } from '@/lib/cta/telephone';

test('the tel: link keeps only the plus sign and the digits', () => {
	expect(telephoneHref('+359 2 000 0000')).toBe('tel:+35920000000');
	expect(telephoneHref('+44 (20) 7946-0018')).toBe('tel:+442079460018');
});

test('the visible number never breaks across lines', () => {
	expect(telephoneText(' +359 2  000 0000 ')).toBe('+359\u00a02\u00a0000\u00a00000');
});
