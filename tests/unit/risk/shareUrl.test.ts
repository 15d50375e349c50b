import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_IGNORED_VALUE_LENGTH } from '@/lib/risk/collectAnswers';
import { ASSETS, DEFAULT_ANSWERS, LOCATIONS, ORGS, SAFEGUARDS, SCOPES, type Answers } from '@/lib/risk/factors';
import { hasAnswerParams, parseAnswers, serializeAnswers } from '@/lib/risk/shareUrl';
import { junk, messyAnswers, singleFieldChanges } from './arbitraries';
import { idsInMask } from './enumerate';

const FULL: Answers = { scope: 'ito', location: 'offshore', org: 'startup', share: ASSETS, safeguards: SAFEGUARDS };

/** Every parsed answer must be made of known ids with canonical, duplicate-free lists. */
function expectWellFormed(answers: Answers): void {
	expect(SCOPES).toContain(answers.scope);
	expect(LOCATIONS).toContain(answers.location);
	expect(ORGS).toContain(answers.org);
	expect(answers.share).toEqual(ASSETS.filter((asset) => answers.share.includes(asset)));
	expect(answers.safeguards).toEqual(SAFEGUARDS.filter((safeguard) => answers.safeguards.includes(safeguard)));
}

describe('serializeAnswers', () => {
	test('writes the three choices and omits empty lists', () => {
		expect(serializeAnswers(DEFAULT_ANSWERS)).toBe('scope=bpo&location=onshore&org=sme');
	});

	test('writes lists comma-joined in canonical order without duplicates', () => {
		const messy: Answers = {
			...DEFAULT_ANSWERS,
			share: ['know-how', 'source-code', 'know-how'],
			safeguards: ['timesheets', 'nda', 'nda'],
		};
		expect(serializeAnswers(messy)).toBe(
			'scope=bpo&location=onshore&org=sme&share=source-code,know-how&safeguards=nda,timesheets',
		);
	});

	test('is the same for answers that differ only in list order and repeats', () => {
		fc.assert(
			fc.property(messyAnswers, ({ canonical, messy }) => {
				expect(serializeAnswers(messy)).toBe(serializeAnswers(canonical));
			}),
		);
	});
});

describe('parseAnswers ∘ serializeAnswers round trip', () => {
	/** Serialises `written`, parses the query in every form a page may hand over, and expects `canonical` back. */
	const roundTrip = (written: Answers, canonical = written): void => {
		const query = serializeAnswers(written);
		for (const input of [query, `?${query}`, new URLSearchParams(query)]) {
			expect(parseAnswers(input)).toEqual({ answers: canonical, ignored: [] });
		}
	};

	test('holds for the defaults, all-on answers and every single-field change', () => {
		for (const answers of [DEFAULT_ANSWERS, FULL, ...singleFieldChanges(DEFAULT_ANSWERS), ...singleFieldChanges(FULL)]) {
			roundTrip(answers);
		}
	});

	test('holds for any answers, whatever the order and repeats of their lists', () => {
		fc.assert(
			fc.property(messyAnswers, ({ canonical, messy }) => {
				roundTrip(messy, canonical);
			}),
			{ numRuns: 2000 },
		);
	});

	test('holds for every share × safeguards subset', () => {
		for (let shareMask = 0; shareMask < 2 ** ASSETS.length; shareMask++) {
			for (let safeguardMask = 0; safeguardMask < 2 ** SAFEGUARDS.length; safeguardMask++) {
				const answers = { ...FULL, share: idsInMask(ASSETS, shareMask), safeguards: idsInMask(SAFEGUARDS, safeguardMask) };
				expect(parseAnswers(serializeAnswers(answers)).answers).toEqual(answers);
			}
		}
	});
});

describe('parseAnswers on hostile or sloppy input', () => {
	test('keeps what is valid, reports the rest, and silently drops utm_* parameters', () => {
		expect(parseAnswers('?scope=<script>alert(1)</script>&share=source-code,,foo&x=1&utm_source=news')).toEqual({
			answers: { ...DEFAULT_ANSWERS, share: ['source-code'] },
			ignored: [
				{ field: 'scope', value: '<script>alert(1)</script>' },
				{ field: 'share', value: 'foo' },
				{ field: 'unknown', value: 'x' },
			],
		});
	});

	test.each(['', '?', '&&&', '=', '?=&='])('gives the defaults for the empty-ish %j', (input) => {
		expect(parseAnswers(input)).toEqual({ answers: DEFAULT_ANSWERS, ignored: [] });
	});

	test('reports a parameter name of bare percent signs instead of throwing', () => {
		expect(parseAnswers('%%%')).toEqual({ answers: DEFAULT_ANSWERS, ignored: [{ field: 'unknown', value: '%%%' }] });
	});

	test('survives malformed percent escapes in values and names', () => {
		const inValue = parseAnswers('scope=%E0%A4%A&org=large');
		expect(inValue.answers).toEqual({ ...DEFAULT_ANSWERS, org: 'large' });
		expect(inValue.ignored).toHaveLength(1);
		expect(inValue.ignored[0]?.field).toBe('scope');

		const inName = parseAnswers('%E0%A4%A=1&scope=ito');
		expect(inName.answers.scope).toBe('ito');
		expect(inName.ignored.map((entry) => entry.field)).toEqual(['unknown']);
	});

	test('caps every reported value at 40 characters, even for huge values', () => {
		const huge = 'x'.repeat(100_000);
		const { answers, ignored } = parseAnswers(`scope=${huge}&share=${huge}&${huge}=1`);
		expect(answers).toEqual(DEFAULT_ANSWERS);
		expect(ignored).toEqual([
			{ field: 'scope', value: 'x'.repeat(MAX_IGNORED_VALUE_LENGTH) },
			{ field: 'share', value: 'x'.repeat(MAX_IGNORED_VALUE_LENGTH) },
			{ field: 'unknown', value: 'x'.repeat(MAX_IGNORED_VALUE_LENGTH) },
		]);
	});

	test('does not cut an emoji in half when capping', () => {
		const value = `${'a'.repeat(MAX_IGNORED_VALUE_LENGTH - 1)}😀`;
		expect(parseAnswers(`scope=${encodeURIComponent(value)}`).ignored).toEqual([
			{ field: 'scope', value: 'a'.repeat(MAX_IGNORED_VALUE_LENGTH - 1) },
		]);
	});

	test('handles a list with hundreds of thousands of items', () => {
		const items = Array.from({ length: 200_000 }, (_, i) => (i % 2 === 0 ? 'source-code' : 'nda'));
		const { answers, ignored } = parseAnswers(`share=${items.join(',')}`);
		expect(answers.share).toEqual(['source-code']);
		expect(ignored).toEqual([{ field: 'share', value: 'nda' }]);
	});

	test('matches values and parameter names case-insensitively and ignores surrounding whitespace', () => {
		expect(
			parseAnswers('SCOPE=ITO&Location=%20OffShore%20&org=+RnD+&share=Source-Code,%20KNOW-HOW&Safeguards=NDA').answers,
		).toEqual({ scope: 'ito', location: 'offshore', org: 'rnd', share: ['source-code', 'know-how'], safeguards: ['nda'] });
	});

	test('reports invalid values as written (trimmed), not lower-cased', () => {
		expect(parseAnswers('scope=%20FooBar%20').ignored).toEqual([{ field: 'scope', value: 'FooBar' }]);
	});

	test('merges repeated list parameters and removes duplicates', () => {
		expect(parseAnswers('share=algorithms,source-code&share=source-code&safeguards=nda,NDA&safeguards=nda')).toEqual({
			answers: { ...DEFAULT_ANSWERS, share: ['source-code', 'algorithms'], safeguards: ['nda'] },
			ignored: [],
		});
	});

	test('takes the first valid value of a repeated choice and reports conflicting ones', () => {
		expect(parseAnswers('scope=ito&scope=ito')).toEqual({ answers: { ...DEFAULT_ANSWERS, scope: 'ito' }, ignored: [] });
		expect(parseAnswers('scope=ito&scope=kpo').ignored).toEqual([{ field: 'scope', value: 'kpo' }]);
		expect(parseAnswers('scope=foo&scope=kpo')).toEqual({
			answers: { ...DEFAULT_ANSWERS, scope: 'kpo' },
			ignored: [{ field: 'scope', value: 'foo' }],
		});
	});

	test('reports each ignored value once', () => {
		expect(parseAnswers('share=foo,foo&share=foo&x=1&x=2').ignored).toEqual([
			{ field: 'share', value: 'foo' },
			{ field: 'unknown', value: 'x' },
		]);
	});

	test('treats empty values as "not chosen" without reporting them', () => {
		expect(parseAnswers('scope=&location=%20&share=,,&safeguards=')).toEqual({ answers: DEFAULT_ANSWERS, ignored: [] });
	});

	test('an invalid field falls back on its own, leaving the other fields intact', () => {
		expect(parseAnswers('scope=ito&location=mars&org=large&share=source-code,gold&safeguards=nda,magic')).toEqual({
			answers: { scope: 'ito', location: 'onshore', org: 'large', share: ['source-code'], safeguards: ['nda'] },
			ignored: [
				{ field: 'location', value: 'mars' },
				{ field: 'share', value: 'gold' },
				{ field: 'safeguards', value: 'magic' },
			],
		});
	});

	test('drops the standard campaign parameters, whatever their case, but reports look-alikes and made-up utm_ keys', () => {
		expect(parseAnswers('utm_source=a&UTM_Campaign=b&utm_=c&utm=d&utmx=e&utm_id=f').ignored).toEqual([
			{ field: 'unknown', value: 'utm_' },
			{ field: 'unknown', value: 'utm' },
			{ field: 'unknown', value: 'utmx' },
			{ field: 'unknown', value: 'utm_id' },
		]);
	});

	test('never throws on junk and always returns well-formed answers', () => {
		const tokens = ['%', '&', '=', ',', '?', '+', '#', ' ', 'E0', 'A4', 'scope', 'share', 'nda', 'ito', 'utm_', '\u0000', '😀', '\uD800'];
		fc.assert(
			fc.property(fc.oneof(junk(tokens, 40), fc.string({ unit: 'binary' })), (input) => {
				const { answers, ignored } = parseAnswers(input);
				expectWellFormed(answers);
				for (const entry of ignored) expect(entry.value.length).toBeLessThanOrEqual(MAX_IGNORED_VALUE_LENGTH);
				expect(typeof hasAnswerParams(input)).toBe('boolean');
			}),
			{ numRuns: 3000 },
		);
		// 3,000 runs take about a second alone, several on a busy two-core machine: no reason to fail there.
	}, 30_000);
});

describe('hasAnswerParams', () => {
	test.each(['scope=xyz', 'share=', '?org=large', 'SAFEGUARDS=nda', 'utm_source=a&location=onshore'])(
		'is true for %j',
		(input) => {
			expect(hasAnswerParams(input)).toBe(true);
		},
	);

	test.each(['', '?', 'utm_source=news', 'x=1', '%%%', 'scopes=ito'])('is false for %j', (input) => {
		expect(hasAnswerParams(input)).toBe(false);
	});

	test('accepts URLSearchParams and agrees with serializeAnswers output', () => {
		expect(hasAnswerParams(new URLSearchParams({ org: 'sme' }))).toBe(true);
		expect(hasAnswerParams(serializeAnswers(DEFAULT_ANSWERS))).toBe(true);
	});
});
