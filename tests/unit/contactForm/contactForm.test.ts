// The contact form's decisions (src/lib/contactForm/): where it may post, what a message must hold, the body it sends,
// what an answer means, and the CSP the contact page adds for the endpoint.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	checkContactFields,
	contactFormBody,
	DEFAULT_HONEYPOT,
	FORM_FIELDS,
	isFormEndpoint,
	isFormField,
	MAX_LENGTH,
	outcomeMessage,
	readSendResponse,
	type ContactFields,
} from '@/lib/contactForm/contactForm';
import { contactFormDirectives, endpointSource } from '@/lib/contactForm/csp';
import { siteConfigSchema } from '@/schemas/siteConfig';
import { en } from '@/lib/i18n/ui/en';
import { siteConfig } from '@/site.config';

const FINE: ContactFields = { name: 'Maria Ivanova', email: 'maria@firm.bg', message: 'Please review our NDA.' };

describe('isFormEndpoint', () => {
	test('an https:// address of a form service, or a path on this site', () => {
		for (const ok of ['https://formspree.io/f/abcdwxyz', 'https://forms.example.bg/', 'https://x.bg/f?id=1', '/api/contact', '/']) expect(isFormEndpoint(ok), ok).toBe(true);
	});

	test('refuses plain http, other schemes, credentials, another host written as //, relative paths and blanks', () => {
		for (const bad of ['http://formspree.io/f/x', 'mailto:a@b.bg', 'javascript:alert(1)', 'https://user:pw@forms.bg/f', '//evil.example/f', 'api/contact', '', ' /api', '/a b', '/a\\b', 'https://']) {
			expect(isFormEndpoint(bad), bad).toBe(false);
		}
	});
});

describe('isFormField', () => {
	test('the form’s own fields and any campaign field, whatever the case; nothing else', () => {
		for (const name of [...Object.values(FORM_FIELDS), 'utm_source', 'UTM_Term']) expect(isFormField(name), name).toBe(true);
		for (const name of [DEFAULT_HONEYPOT, 'website', 'utm', 'names']) expect(isFormField(name), name).toBe(false);
	});
});

describe('checkContactFields', () => {
	test('a complete message has no problem; spaces around a value do not count', () => {
		expect(checkContactFields(FINE)).toEqual([]);
		expect(checkContactFields({ name: ' Maria ', email: ' maria@firm.bg ', message: '\nHi\n' })).toEqual([]);
	});

	test('every missing field is named, in the form’s order, blank counting as missing', () => {
		expect(checkContactFields({ name: ' ', email: '', message: '\n\t' })).toEqual([
			{ field: 'name', key: 'contact.form.nameMissing' },
			{ field: 'email', key: 'contact.form.emailMissing' },
			{ field: 'message', key: 'contact.form.messageMissing' },
		]);
	});

	test('an address <input type="email"> refuses is refused here too', () => {
		for (const email of ['maria', 'maria@', '@firm.bg', 'maria@@firm.bg', 'maria @firm.bg', 'maria@firm..bg', 'maria@-firm.bg', 'мария@firm.bg', `a@${'b'.repeat(64)}.bg`]) {
			expect(checkContactFields({ ...FINE, email }), email).toEqual([{ field: 'email', key: 'contact.form.emailInvalid' }]);
		}
		for (const email of ['a@b', 'first.last+tag@sub.firm.bg', "o'brien@firm.ie", 'x@xn--80ak6aa92e.com']) expect(checkContactFields({ ...FINE, email }), email).toEqual([]);
	});

	test('too long: each field at its limit passes, one character more is named', () => {
		const long = { name: 'n'.repeat(MAX_LENGTH.name), email: `${'e'.repeat(MAX_LENGTH.email - 7)}@firm.bg`.slice(1), message: 'm'.repeat(MAX_LENGTH.message) };
		expect(long.email).toHaveLength(MAX_LENGTH.email);
		expect(checkContactFields(long)).toEqual([]);
		expect(checkContactFields({ name: `${long.name}n`, email: `e${long.email}`, message: `${long.message}m` })).toEqual([
			{ field: 'name', key: 'contact.form.tooLong' },
			{ field: 'email', key: 'contact.form.emailInvalid' },
			{ field: 'message', key: 'contact.form.tooLong' },
		]);
	});

	test('every problem’s words exist in the dictionary', () => {
		const keys = checkContactFields({ name: '', email: '', message: '' }).concat(checkContactFields({ name: 'n'.repeat(999), email: 'x', message: 'm'.repeat(99_999) })).map((p) => p.key);
		for (const key of keys) expect(en[key], key).toBeTruthy();
	});
});

describe('contactFormBody', () => {
	test('name, e-mail and message trimmed, line breaks as CR LF, then the campaign, then the honeypot, empty: the plain form’s shape', () => {
		const body = contactFormBody({ name: ' Maria ', email: ' maria@firm.bg', message: 'Line 1\nLine 2 & more\rLine 3\r\n' }, [['utm_source', 'news letter'], ['utm_campaign', 'q4']], '_gotcha');
		expect([...body]).toEqual([
			['name', 'Maria'],
			['email', 'maria@firm.bg'],
			['message', 'Line 1\r\nLine 2 & more\r\nLine 3'],
			['utm_source', 'news letter'],
			['utm_campaign', 'q4'],
			['_gotcha', ''],
		]);
		expect(body.toString()).toBe('name=Maria&email=maria%40firm.bg&message=Line+1%0D%0ALine+2+%26+more%0D%0ALine+3&utm_source=news+letter&utm_campaign=q4&_gotcha=');
	});

	test('any text survives the round trip through the encoding the form service decodes, but for its line breaks', () => {
		const text = fc.string({ unit: fc.constantFrom('a', 'я', '😀', ' ', '\n', '\r', '&', '=', '+', '%') });
		fc.assert(
			fc.property(text, text, text, (name, email, message) => {
				const decoded = new URLSearchParams(contactFormBody({ name, email, message }, [], 'trap').toString());
				const expected = [name, email, message].map((value) => value.trim().replace(/\r\n?|\n/g, '\r\n'));
				expect([decoded.get('name'), decoded.get('email'), decoded.get('message'), decoded.get('trap')]).toEqual([...expected, '']);
				expect(decoded.get('message')?.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
			}),
		);
	});
});

describe('readSendResponse and outcomeMessage', () => {
	test('2xx: sent', () => {
		for (const status of [200, 201, 202, 204, 299]) expect(readSendResponse({ status, type: 'cors' })).toEqual({ kind: 'sent' });
	});

	test('a 4xx is a refusal of the message, except a timeout (408) and too many requests (429)', () => {
		for (const status of [400, 401, 403, 404, 413, 422, 499]) expect(readSendResponse({ status })).toEqual({ kind: 'refused', status });
		for (const status of [408, 429, 500, 502, 503, 504, 599]) expect(readSendResponse({ status })).toEqual({ kind: 'unavailable', status });
	});

	test('an answer the browser hides, or no status, confirms nothing', () => {
		expect(readSendResponse({ status: 0, type: 'opaqueredirect' })).toEqual({ kind: 'unconfirmed' });
		expect(readSendResponse({ status: 0, type: 'error' })).toEqual({ kind: 'unconfirmed' });
		expect(readSendResponse({ status: 200, type: 'opaqueredirect' })).toEqual({ kind: 'unconfirmed' });
		for (const status of [0, 100, 302, 304]) expect(readSendResponse({ status })).toEqual({ kind: 'unconfirmed' });
	});

	test('every status code gives one outcome whose words exist and name the code when there is one', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 999 }), (status) => {
				const outcome = readSendResponse({ status });
				const { key, vars } = outcomeMessage(outcome);
				expect(en[key]).toBeTruthy();
				expect(en[key].includes('{status}')).toBe(vars !== undefined);
				if (vars) expect(vars.status).toBe(status);
			}),
		);
	});
});

describe('the contact page’s CSP for the endpoint', () => {
	test('another origin: form-action and connect-src name its origin and path, never its query', () => {
		expect(contactFormDirectives('https://formspree.io/f/abcdwxyz?x=1#y')).toEqual(['form-action https://formspree.io/f/abcdwxyz', 'connect-src https://formspree.io/f/abcdwxyz']);
		expect(contactFormDirectives('https://forms.firm.bg/')).toEqual(['form-action https://forms.firm.bg', 'connect-src https://forms.firm.bg']);
		expect(endpointSource('https://forms.firm.bg:8443/a/b/')).toBe('https://forms.firm.bg:8443/a/b/');
	});

	test('a path cannot end the directive or the policy: ; and , are escaped, spaces were already', () => {
		expect(endpointSource('https://f.bg/a;b,c d')).toBe('https://f.bg/a%3Bb%2Cc%20d');
	});

	test('a path on this site, or no form: nothing added (form-action and connect-src already allow \'self\')', () => {
		expect(contactFormDirectives('/api/contact')).toEqual([]);
		expect(contactFormDirectives(undefined)).toEqual([]);
	});
});

describe('the contactForm block of the configuration', () => {
	const withForm = (contactForm: unknown) => siteConfigSchema.safeParse({ ...siteConfig, contactForm });
	const problem = (contactForm: unknown) => {
		const result = withForm(contactForm);
		return result.success ? undefined : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
	};

	test('optional; an endpoint alone or with its honeypot’s name fits', () => {
		expect(problem(undefined)).toBeUndefined();
		expect(problem({ endpoint: 'https://formspree.io/f/x' })).toBeUndefined();
		expect(problem({ endpoint: '/api/contact', honeypot: 'website_url' })).toBeUndefined();
	});

	test('names the field that does not fit', () => {
		expect(problem({ endpoint: 'http://forms.bg/f' })).toEqual(['contactForm.endpoint: an absolute https:// address, or a path on this site starting with /']);
		expect(problem({})).toEqual([expect.stringMatching(/^contactForm\.endpoint: /)]);
		expect(problem({ endpoint: '/f', honeypot: 'email' })).toEqual(['contactForm.honeypot: a name of its own, not name, email, message or a utm_* field']);
		expect(problem({ endpoint: '/f', honeypot: 'a b' })).toEqual(['contactForm.honeypot: a field name of letters, digits, _ and -']);
		expect(problem({ endpoint: '/f', url: '/x' })).toEqual([expect.stringMatching(/^contactForm: /)]);
	});
});
