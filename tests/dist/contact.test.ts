// The contact page as built: complete without JavaScript (a plain mailto link, the address as text), and light with it.
import { describe, expect, test } from 'vitest';
import { LOCALES } from '@/lib/i18n/locales';
import { localizePath } from '@/lib/i18n/localizePath';
import { siteConfig } from '@/site.config';
import { calculatorCode, readDist, weighPage } from '../support/dist';
import { all, attribute, one, parseHtml, textOf } from '../support/html';

/**
 * The contact page's JavaScript, gzip, every import counted: its island (message box, campaign, fitted mail link,
 * copy buttons) and the helpers every island shares. It used to load the calculator's chunk as well (7.9 KB).
 */
const BUDGET = 4 * 1024;

describe.each(LOCALES.map((locale) => [`${localizePath('/contact/', locale).slice(1)}index.html`, locale] as const))('%s', (file, locale) => {
	const html = parseHtml(readDist(file));

	test(`loads at most ${BUDGET} bytes of JavaScript (gzip), and none of the calculator`, () => {
		const { js, lazyJs, files } = weighPage(file);
		console.log(`${file}: ${js.gzip + lazyJs.gzip} bytes of JavaScript (gzip): ${files.join(', ')} and inline scripts`);
		expect(files.filter((f) => calculatorCode().includes(f))).toEqual([]);
		expect(js.gzip + lazyJs.gzip).toBeLessThanOrEqual(BUDGET);
	});

	test('without JavaScript: a plain mailto link with the subject, and the address as text', () => {
		const { email, emailSubject } = siteConfig.contact;
		const link = one(html, 'a[data-email-link]');
		expect(attribute(link, 'href')).toBe(`mailto:${email}?subject=${encodeURIComponent(emailSubject[locale])}`);
		expect(textOf(one(html, '.address'))).toBe(email);
		// The message box and the copy buttons need the script: hidden until it runs.
		expect(all(html, '[data-message-box][hidden], [data-copy-tools][hidden]')).toHaveLength(2);
	});

	test('the shortened-message notice and the copy status are live regions present from the start', () => {
		expect(attribute(one(html, '[data-shortened]'), 'role')).toBe('status');
		expect(attribute(one(html, '[data-copy-tools] [data-status]'), 'role')).toBe('status');
	});
});
