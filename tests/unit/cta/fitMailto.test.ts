// The contact e-mail link always opens: whatever the language, the message, the reader's edits and the campaign, the
// finished href stays within MAX_MAILTO_LENGTH, keeps address, subject and campaign, and cuts only between characters.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildContactHref } from '@/lib/cta/buildContactHref';
import { fitMailto, MAX_MAILTO_LENGTH } from '@/lib/cta/fitMailto';
import { MAX_UTM_ENCODED, MAX_UTM_VALUE, pickUtmParams, UTM_KEYS } from '@/lib/cta/pickUtmParams';
import { prefillHref } from '@/lib/cta/prefillHref';
import { readPrefill } from '@/lib/cta/readPrefill';
import { splitGraphemes } from '@/lib/i18n/graphemes';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { dictionaries, useTranslations } from '@/lib/i18n/useTranslations';
import type { Answers } from '@/lib/risk/factors';
import { resultSummary } from '@/lib/risk/resultText';
import { scoreRisk } from '@/lib/risk/scoreRisk';
import { serializeAnswers } from '@/lib/risk/shareUrl';
import { siteConfig } from '@/site.config';

const MAILTO = `mailto:${siteConfig.contact.email}`;
const subjectOf = (locale: Locale) => siteConfig.contact.emailSubject[locale];
const noteOf = (locale: Locale) => dictionaries[locale]['contact.shortenedNote'];

/** Reads a mailto link the way RFC 6068 writes it: the address, then `name=value` fields, percent-decoded. */
function decodeMailto(href: string): { address: string; subject: string; body: string } {
	const [address = '', query = ''] = href.slice('mailto:'.length).split('?');
	const fields = new Map(query.split('&').map((field) => field.split('=').map(decodeURIComponent) as [string, string]));
	return { address, subject: fields.get('subject') ?? '', body: fields.get('body') ?? '' };
}

/** The campaign's last line of the body, as buildContactHref writes it. */
const campaignLine = (utm: ReadonlyArray<readonly [string, string]>) => `[${utm.map(([key, value]) => `${key}=${value}`).join('&')}]`;

/** Pieces of text that are expensive to encode or easy to split: Cyrillic, emoji sequences, flags, combining marks. */
const PIECES = ['а', 'Ж', 'щ', 'ъ', 'Юя', 'a', 'Z', ' ', '\n', '\r\n', '\t', '&', '=', '%', '#', '?', '+', 'e\u0301', 'и\u0306', '😀', '👩‍💻', '👨‍👩‍👧‍👦', '🇧🇬', '👍🏽', 'a\u0301\u0302\u0303', '\u0600 '];
const text = (maxLength: number, minLength = 0) => fc.array(fc.constantFrom(...PIECES), { minLength, maxLength }).map((parts) => parts.join(''));
/** Long enough, almost always, not to fit: a few hundred pieces average well over 2,000 encoded characters. */
const longText = text(2000, 250);
const body = fc.oneof(text(40), longText, fc.string({ minLength: 1000, maxLength: 3000 }), fc.string({ unit: 'grapheme', maxLength: 1500 }));
/** Any query string a campaign link may carry: the standard keys with hostile values, and junk around them. */
const campaign = fc
	.array(fc.tuple(fc.constantFrom(...UTM_KEYS, 'UTM_Source', 'utm_id', 'ref'), fc.oneof(text(300), fc.string({ unit: 'grapheme', maxLength: 300 }))), { maxLength: 8 })
	.map((pairs) => pickUtmParams(new URLSearchParams(pairs)));
const locale = fc.constantFrom(...LOCALES);

describe('fitMailto', () => {
	test(`the finished link never exceeds ${MAX_MAILTO_LENGTH} characters, and decodes to the address, subject and campaign`, () => {
		fc.assert(
			fc.property(locale, body, campaign, (lang, message, utm) => {
				const { href } = fitMailto(MAILTO, { utm, subject: subjectOf(lang), body: message, note: noteOf(lang) });
				expect(href.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
				const decoded = decodeMailto(href);
				expect(decoded.address).toBe(siteConfig.contact.email);
				expect(decoded.subject).toBe(subjectOf(lang));
				if (utm.length > 0) expect(decoded.body.endsWith(`\n\n${campaignLine(utm)}`) || decoded.body === campaignLine(utm)).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});

	test('a message that fits is left exactly as it was', () => {
		fc.assert(
			fc.property(locale, fc.oneof(text(60), fc.string({ maxLength: 300 })), campaign, (lang, message, utm) => {
				const options = { utm, subject: subjectOf(lang), body: message };
				fc.pre(buildContactHref(MAILTO, options).length <= MAX_MAILTO_LENGTH);
				expect(fitMailto(MAILTO, { ...options, note: noteOf(lang) })).toEqual({ href: buildContactHref(MAILTO, options), shortened: false });
			}),
			{ numRuns: 300 },
		);
	});

	test('a shortened message keeps its first whole characters, never splits one, and ends with the note', () => {
		fc.assert(
			fc.property(locale, longText, campaign, (lang, message, utm) => {
				const options = { utm, subject: subjectOf(lang), body: message };
				fc.pre(buildContactHref(MAILTO, options).length > MAX_MAILTO_LENGTH);
				const fitted = fitMailto(MAILTO, { ...options, note: noteOf(lang) });
				expect(fitted.shortened).toBe(true);
				const { body: decoded } = decodeMailto(fitted.href);
				const withoutCampaign = utm.length > 0 ? decoded.slice(0, -`\n\n${campaignLine(utm)}`.length) : decoded;
				expect(withoutCampaign.endsWith(noteOf(lang))).toBe(true);
				const kept = withoutCampaign.slice(0, -noteOf(lang).length).replace(/…\n\n$/u, '');
				const keptGraphemes = splitGraphemes(kept);
				expect(keptGraphemes).toEqual(splitGraphemes(message).slice(0, keptGraphemes.length));
				// It does not end on a blank (a lone space or line break), yet keeps a character that merely ends in one.
				expect(keptGraphemes.at(-1) ?? 'x').not.toMatch(/^\s+$/u);
			}),
			{ numRuns: 200 },
		);
	});

	test('a long Cyrillic message is cut just short of the limit, not far from it', () => {
		const message = 'Възлагаме разработката на софтуер на изпълнител в чужбина. '.repeat(40);
		const fitted = fitMailto(MAILTO, { subject: subjectOf('bg'), body: message, note: noteOf('bg') });
		expect(fitted.shortened).toBe(true);
		// The next letter would add six encoded characters, a space and a letter nine (a cut never ends on a space).
		expect(fitted.href.length).toBeGreaterThan(MAX_MAILTO_LENGTH - 9);
		expect(fitted.href.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
	});

	test('the longest campaign, the Bulgarian subject and note still leave room for a message', () => {
		const utm = pickUtmParams(UTM_KEYS.map((key) => `${key}=${encodeURIComponent('👩‍💻'.repeat(200))}`).join('&'));
		for (const lang of LOCALES) {
			const empty = fitMailto(MAILTO, { utm, subject: subjectOf(lang), body: 'x'.repeat(5000), note: noteOf(lang) });
			const { body: decoded } = decodeMailto(empty.href);
			expect(decoded.startsWith('xxx')).toBe(true);
			expect(decoded.length - noteOf(lang).length - campaignLine(utm).length).toBeGreaterThan(250);
		}
	});

	test('the longest Bulgarian calculator summary, with a full campaign, is shortened to fit (it was over 5,000 characters)', () => {
		const answers: Answers = {
			scope: 'kpo',
			location: 'onshore',
			org: 'rnd',
			share: ['source-code', 'customer-data', 'algorithms', 'know-how', 'licensed-software'],
			safeguards: ['ip-clause', 'non-compete', 'audit', 'oversight', 'licence-check', 'access-control'],
		};
		const utm = pickUtmParams(UTM_KEYS.map((key) => `${key}=${'x'.repeat(200)}`).join('&'));
		for (const lang of LOCALES) {
			const link = `https://outsourcing-ip.example/${lang === 'bg' ? 'bg/' : ''}calculator/?${serializeAnswers(answers)}`;
			const summary = resultSummary(answers, scoreRisk(answers), useTranslations(lang), link);
			const message = readPrefill(new URL(prefillHref('/contact/', summary), 'https://x.example').hash);
			const before = buildContactHref(MAILTO, { utm, subject: subjectOf(lang), body: message }).length;
			const after = fitMailto(MAILTO, { utm, subject: subjectOf(lang), body: message, note: noteOf(lang) });
			console.log(`${lang}: worst calculator mailto ${before} characters before fitting, ${after.href.length} after`);
			expect(after.href.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
			expect(after.shortened).toBe(before > MAX_MAILTO_LENGTH);
		}
	});

	test('a message cut inside an emoji (a lone surrogate) does not throw', () => {
		const fitted = fitMailto(MAILTO, { subject: 's', body: `${'😀'.repeat(2)}\ud83d`, note: 'n' });
		expect(decodeMailto(fitted.href).body).toBe('😀😀\ufffd');
	});

	test('an empty message and no campaign give the plain link with the subject', () => {
		expect(fitMailto(MAILTO, { subject: subjectOf('en'), note: noteOf('en') })).toEqual({
			href: buildContactHref(MAILTO, { subject: subjectOf('en') }),
			shortened: false,
		});
	});

	test('when even the note does not fit, the message is left out rather than the link grow too long', () => {
		const fitted = fitMailto(MAILTO, { subject: 'Subject', body: 'x'.repeat(500), note: 'n'.repeat(300), max: 200 });
		expect(fitted).toEqual({ href: buildContactHref(MAILTO, { subject: 'Subject' }), shortened: true });
	});
});

describe('campaign values are capped in one place (pickUtmParams)', () => {
	test('each value keeps at most 100 characters and 150 encoded characters, never splitting one', () => {
		fc.assert(
			fc.property(campaign, (utm) => {
				for (const [, value] of utm) {
					expect(splitGraphemes(value).length).toBeLessThanOrEqual(MAX_UTM_VALUE);
					expect(encodeURIComponent(value).length).toBeLessThanOrEqual(MAX_UTM_ENCODED);
				}
			}),
		);
		const [[, family] = ['', '']] = pickUtmParams(`utm_content=${encodeURIComponent('👨‍👩‍👧‍👦'.repeat(50))}`);
		expect(family).toBe('👨‍👩‍👧‍👦'.repeat(Math.floor(MAX_UTM_ENCODED / encodeURIComponent('👨‍👩‍👧‍👦').length)));
		const [[, cyrillic] = ['', '']] = pickUtmParams(`utm_campaign=${encodeURIComponent('я'.repeat(100))}`);
		expect(cyrillic).toBe('я'.repeat(MAX_UTM_ENCODED / 6));
	});
});
