import { describe, expect, test } from 'vitest';
import { buildContactHref } from '@/lib/cta/buildContactHref';
import { isUtmKey, MAX_UTM_ENCODED, MAX_UTM_VALUE, pickUtmParams, stripInvisible, UTM_KEYS } from '@/lib/cta/pickUtmParams';
import { MAX_PREFILL, prefillHref } from '@/lib/cta/prefillHref';
import { readPrefill } from '@/lib/cta/readPrefill';

describe('pickUtmParams', () => {
	test('keeps the five standard utm_* parameters only, in the standard order', () => {
		expect(pickUtmParams('?utm_medium=email&ref=x&utm_source=news&gclid=1&utm_id=7&utm_campaign_x=1')).toEqual([
			['utm_source', 'news'],
			['utm_medium', 'email'],
		]);
	});

	test('carries nothing of 300 made-up utm_* keys, and at most five short values in all', () => {
		const hostile = Array.from({ length: 300 }, (_, i) => `utm_x${i}=${'v'.repeat(60)}`).join('&');
		expect(pickUtmParams(hostile)).toEqual([]);
		const standard = UTM_KEYS.map((key) => `${key}=${'v'.repeat(5000)}`).join('&');
		const picked = pickUtmParams(`${hostile}&${standard}`);
		expect(picked.map(([key]) => key)).toEqual([...UTM_KEYS]);
		expect(picked.every(([, value]) => value.length === MAX_UTM_VALUE)).toBe(true);
	});

	test('isUtmKey knows exactly the standard keys, whatever their case', () => {
		expect(UTM_KEYS.every(isUtmKey)).toBe(true);
		expect(isUtmKey(' UTM_Source ')).toBe(true);
		expect(['utm_', 'utm_id', 'utm', 'utmsource', 'xutm_source'].some(isUtmKey)).toBe(false);
	});

	test('the first source wins for a key; later sources fill the gaps', () => {
		expect(pickUtmParams('utm_source=page', '?utm_source=referrer&utm_campaign=q4')).toEqual([
			['utm_source', 'page'],
			['utm_campaign', 'q4'],
		]);
	});

	test('normalises key case, drops empty values and trims', () => {
		expect(pickUtmParams('UTM_Source=%20news%20&utm_medium=&utm_term=%20')).toEqual([['utm_source', 'news']]);
	});

	test('rejects keys that only look like utm parameters', () => {
		expect(pickUtmParams('utm_=x&utm-source=x&xutm_source=x&utm_a%3Cb=x')).toEqual([]);
	});

	test('caps very long values by characters and by encoded length, never splitting one', () => {
		const [[, value] = ['', '']] = pickUtmParams(`utm_content=${'a'.repeat(5000)}`);
		expect(value.length).toBe(MAX_UTM_VALUE);
		// An emoji is twelve characters once encoded: the encoded cap stops them first, between two of them.
		const [[, emoji] = ['', '']] = pickUtmParams(`utm_content=${'😀'.repeat(200)}`);
		expect(emoji).toBe('😀'.repeat(Math.floor(MAX_UTM_ENCODED / encodeURIComponent('😀').length)));
	});

	test('drops control and invisible characters from values (zero-width, bidi overrides, NUL); line breaks and tabs become spaces', () => {
		const hostile = new URLSearchParams([
			['utm_source', 'news\u200Bletter\uFEFF'],
			['utm_medium', '\u202Eliame'],
			['utm_campaign', 'q4\u0000\r\nlaunch'],
			['utm_term', '\u200B\u2060'],
			['utm_content', 'a\u00ADb\u2028c\u200Dd'],
		]);
		expect(pickUtmParams(hostile)).toEqual([
			['utm_source', 'newsletter'],
			['utm_medium', 'liame'],
			['utm_campaign', 'q4  launch'],
			['utm_content', 'ab cd'],
		]);
		const body = new URL(buildContactHref('mailto:a@b.example', { utm: pickUtmParams(hostile) })).searchParams.get('body') ?? '';
		expect(body).not.toMatch(/[\p{Cc}\p{Cf}]/u);
	});

	test('keeps what only looks invisible: emoji sequences with their joiners, flags, accents', () => {
		for (const value of ['👩🏽‍💻', '👨‍👩‍👧', '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}', '🇧🇬', '#\uFE0F\u20E3', 'e\u0301', 'пролет']) {
			expect(stripInvisible(value), value).toBe(value);
		}
	});

	test('accepts URLSearchParams and survives malformed escapes', () => {
		expect(pickUtmParams(new URLSearchParams('utm_source=a'))).toEqual([['utm_source', 'a']]);
		expect(() => pickUtmParams('utm_source=%E0%A4%A&%%%')).not.toThrow();
	});
});

describe('buildContactHref', () => {
	test('mailto: subject and body are percent-encoded with %20, never +', () => {
		const href = buildContactHref('mailto:a@b.example', { subject: 'IP & NDA review', body: 'Line 1\nLine 2' });
		expect(href).toBe('mailto:a@b.example?subject=IP%20%26%20NDA%20review&body=Line%201%0ALine%202');
	});

	test('mailto: the campaign goes on the last line of the body', () => {
		const href = buildContactHref('mailto:a@b.example', { utm: [['utm_source', 'li'], ['utm_campaign', 'q4 launch']] });
		expect(decodeURIComponent(href.split('body=')[1] ?? '')).toBe('[utm_source=li&utm_campaign=q4 launch]');
	});

	test('mailto: nothing to add gives the bare address', () => {
		expect(buildContactHref('mailto:a@b.example')).toBe('mailto:a@b.example');
	});

	test('odd input cannot break out of the link', () => {
		const href = buildContactHref('mailto:a@b.example', { subject: '"><script>x</script>', body: '?cc=evil@x&bcc=y#z' });
		expect(href).not.toMatch(/[<>"#\s]/);
		expect(href.match(/\?/g)).toHaveLength(1);
		expect(new URL(href).searchParams.get('body')).toBe('?cc=evil@x&bcc=y#z');
	});

	test('web addresses keep their query and fragment and gain the campaign', () => {
		expect(buildContactHref('https://firm.example/book?lang=bg#form', { utm: [['utm_source', 'a b']] })).toBe(
			'https://firm.example/book?lang=bg&utm_source=a+b#form',
		);
	});

	test('root-relative addresses stay root-relative', () => {
		expect(buildContactHref('/bg/contact/', { utm: [['utm_medium', 'cpc']] })).toBe('/bg/contact/?utm_medium=cpc');
		expect(buildContactHref('/contact/')).toBe('/contact/');
	});

	test('an existing campaign value is replaced, not duplicated', () => {
		expect(buildContactHref('https://firm.example/?utm_source=old', { utm: [['utm_source', 'new']] })).toBe('https://firm.example/?utm_source=new');
	});
});

describe('readPrefill / prefillHref', () => {
	test('round-trips a multi-line message through the fragment', () => {
		const message = 'Scope: ITO\nLevel: high & rising\n"quoted" <tag>';
		const href = prefillHref('/contact/', message);
		expect(href.startsWith('/contact/#message=')).toBe(true);
		expect(readPrefill(new URL(href, 'https://x.example').hash)).toBe(message);
	});

	test('returns an empty string for no, empty or malformed fragments', () => {
		for (const hash of ['', '#', '#message=', '#other=1', '#message=%E0%A4%A', '#%%%']) {
			expect(() => readPrefill(hash)).not.toThrow();
		}
		expect(readPrefill('')).toBe('');
		expect(readPrefill('#other=1')).toBe('');
	});

	test('strips control characters but keeps line breaks and tabs', () => {
		expect(readPrefill(`#message=${encodeURIComponent('a\u0000b\u0007c\nd\te')}`)).toBe('abc\nd\te');
	});

	test('caps the length', () => {
		expect(readPrefill(`#message=${'x'.repeat(MAX_PREFILL * 2)}`).length).toBe(MAX_PREFILL);
		expect(prefillHref('/c/', 'y'.repeat(MAX_PREFILL * 2)).length).toBeLessThan(MAX_PREFILL + 20);
	});

	test('cuts a long message between characters, never inside an emoji or a letter with its accent', () => {
		for (const tail of ['😀', '👩‍💻', '🇧🇬', 'e\u0301']) {
			const message = `${'x'.repeat(MAX_PREFILL - 1)}${tail.repeat(3)}`;
			const read = readPrefill(`#${new URLSearchParams({ message }).toString()}`);
			expect(read, tail).toBe('x'.repeat(MAX_PREFILL - 1));
			expect(readPrefill(new URL(prefillHref('/c/', message), 'https://x.example').hash), tail).toBe(read);
		}
		const emoji = '😀'.repeat(MAX_PREFILL);
		expect(readPrefill(`#${new URLSearchParams({ message: emoji }).toString()}`)).toBe('😀'.repeat(MAX_PREFILL / 2));
	});
});
