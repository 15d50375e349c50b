// The contact page as built: complete without JavaScript (a plain mailto link, the address as text; where the firm has
// a form endpoint, a form that posts there), and light with it. Its CSP differs from the other pages' only by the
// form endpoint, and only when the firm has one on another origin.
import { describe, expect, test } from 'vitest';
import { DEFAULT_HONEYPOT, FORM_FIELDS } from '@/lib/contactForm/contactForm';
import { endpointSource } from '@/lib/contactForm/csp';
import { LOCALES } from '@/lib/i18n/locales';
import { localizePath } from '@/lib/i18n/localizePath';
import { privacyNoteKey } from '@/lib/pages/privacyNote';
import { useTranslations } from '@/lib/i18n/useTranslations';
import { siteConfig } from '@/site.config';
import { calculatorCode, javaScriptOf, readDist, siteOrigin } from '../support/dist';
import { all, attribute, one, parseHtml, textOf, type Root } from '../support/html';

/** A page's CSP directives other than the hash lists, each as `name → values`. */
function policyOf(html: Root): Map<string, string[]> {
	const content = attribute(one(html, 'meta[http-equiv="content-security-policy"]'), 'content') ?? '';
	const directives = content.split(';').map((d) => d.trim().split(/\s+/).filter((v) => !v.startsWith("'sha")));
	return new Map(directives.filter(([name]) => name).map(([name = '', ...values]) => [name, values]));
}

const { contactForm } = siteConfig;

/**
 * The contact page's JavaScript, gzip, every import counted: its island (message box, campaign, fitted mail link,
 * copy buttons) and the helpers every island shares. It used to load the calculator's chunk as well (7.9 KB). The
 * contact form's island, where the firm has one, adds 1.7 KB (4,981 bytes in all for the sample firm).
 */
const BUDGET = (contactForm ? 5 : 4) * 1024;

describe.each(LOCALES.map((locale) => [`${localizePath('/contact/', locale).slice(1)}index.html`, locale] as const))('%s', (file, locale) => {
	const html = parseHtml(readDist(file));

	test(`loads at most ${BUDGET} bytes of JavaScript (gzip), and none of the calculator`, () => {
		const { gzip, files } = javaScriptOf(file);
		expect(files.filter((f) => calculatorCode().includes(f))).toEqual([]);
		expect(gzip).toBeLessThanOrEqual(BUDGET);
	});

	test('without JavaScript: a plain mailto link with the subject, and the address as text', () => {
		const { email, emailSubject } = siteConfig.contact;
		const link = one(html, 'a[data-email-link]');
		expect(attribute(link, 'href')).toBe(`mailto:${email}?subject=${encodeURIComponent(emailSubject[locale])}`);
		expect(textOf(one(html, '.address'))).toBe(email);
		// The copy buttons need the script: hidden until it runs; so does the message box, unless it is the form's field.
		expect(all(html, '[data-message-box][hidden], [data-copy-tools][hidden]')).toHaveLength(contactForm ? 1 : 2);
	});

	test(contactForm ? 'a form that posts to the endpoint, its fields labelled and required, with a honeypot' : 'no form without an endpoint', () => {
		const forms = all(html, 'main form');
		if (!contactForm) {
			expect(forms).toEqual([]);
			expect(all(html, 'oip-contact-form')).toEqual([]);
			return;
		}
		expect(forms).toHaveLength(1);
		const [form] = forms;
		if (!form) return;
		expect([attribute(form, 'method'), attribute(form, 'action')]).toEqual(['post', contactForm.endpoint]);
		const named = all(form, '[name]').map((field) => attribute(field, 'name'));
		expect(named).toEqual([FORM_FIELDS.name, FORM_FIELDS.email, FORM_FIELDS.message, contactForm.honeypot ?? DEFAULT_HONEYPOT]);
		for (const name of Object.values(FORM_FIELDS)) {
			const field = one(form, `[name="${name}"]`);
			expect(attribute(field, 'required'), name).toBe('');
			expect(textOf(one(form, `label[for="${attribute(field, 'id')}"]`)), name).not.toBe('');
		}
		expect(attribute(one(form, '[name="email"]'), 'type')).toBe('email');
		// The honeypot: out of sight and of the tab order, hidden from assistive technology, never filled in by the browser.
		const trap = one(form, `[name="${contactForm.honeypot ?? DEFAULT_HONEYPOT}"]`);
		expect([attribute(trap, 'tabindex'), attribute(trap, 'autocomplete'), attribute(trap, 'required')]).toEqual(['-1', 'off', undefined]);
		expect(all(form, '[aria-hidden="true"] [data-trap]')).toHaveLength(1);
		expect(attribute(one(form, 'button[type="submit"]'), 'disabled')).toBeUndefined();
		expect(attribute(one(form, '[data-form-status]'), 'role')).toBe('status');
	});

	test('says where a message goes: from the reader’s e-mail program, or through the form to the firm', () => {
		const t = useTranslations(locale);
		const firm = siteConfig.firm.name[locale];
		const texts = all(html, 'main p, footer p').map(textOf);
		if (contactForm) {
			expect(texts).toContain(t('contact.form.privacy', { firm, host: new URL(contactForm.endpoint, siteOrigin()).host }));
		} else {
			expect(texts).toContain(t('contact.privacy'));
		}
		// The footer's sentence (src/lib/pages/privacyNote.ts), followed by the link to the analytics section if there is one.
		expect(texts.some((text) => text.startsWith(t(privacyNoteKey(siteConfig), { firm })))).toBe(true);
	});

	test(`its CSP is every other page's${contactForm ? ', but form-action and connect-src name the form endpoint (if on another origin)' : ', to the byte'}`, () => {
		const home = policyOf(parseHtml(readDist(`${localizePath('/', locale).slice(1)}index.html`)));
		const own = policyOf(html);
		const source = contactForm && endpointSource(contactForm.endpoint);
		for (const name of ['form-action', 'connect-src']) home.set(name, [...(home.get(name) ?? []), ...(source ? [source] : [])]);
		// The same sources in each directive (Astro merges the endpoint in beside any the firm's analytics added).
		const sorted = (policy: typeof own) => new Map([...policy].map(([name, values]) => [name, [...values].sort()]));
		expect(sorted(own)).toEqual(sorted(home));
	});

	test('the shortened-message notice and the copy status are live regions present from the start', () => {
		expect(attribute(one(html, '[data-shortened]'), 'role')).toBe('status');
		expect(attribute(one(html, '[data-copy-tools] [data-status]'), 'role')).toBe('status');
	});
});
