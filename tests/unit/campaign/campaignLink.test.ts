import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { campaignLink, checkCampaign, normaliseCampaignValue, presetQuery, qrFileName, REQUIRED_UTM_KEYS, svgWithTitle } from '@/lib/campaign/campaignLink';
import { MAX_UTM_ENCODED, MAX_UTM_VALUE, pickUtmParams, UTM_KEYS, type UtmKey } from '@/lib/cta/pickUtmParams';
import { ANSWER_FIELDS, ASSETS, DEFAULT_ANSWERS, isListField, LOCATIONS, ORGS, SAFEGUARDS, SCOPES, type Answers } from '@/lib/risk/factors';
import { parseAnswers, serializeAnswers } from '@/lib/risk/shareUrl';
import { answers } from '../risk/arbitraries';

const SITE = 'https://outsourcing-ip.example';
const required = { utm_source: 'newsletter', utm_medium: 'email', utm_campaign: 'spring-2027' };

/** The tool's five fields (the form lists them in the standard order), typed as in `fields`. */
const form = (fields: Partial<Record<UtmKey, string>>) => UTM_KEYS.map((key) => [key, fields[key] ?? ''] as const);
const check = (fields: Partial<Record<UtmKey, string>>) => checkCampaign(form(fields));

describe('normaliseCampaignValue', () => {
	// Lower case, trimmed, runs of white space as one hyphen, and a lone surrogate (which no link can carry) replaced.
	test.each([
		['  Spring  Sale\t2027 ', 'spring-sale-2027'],
		['LinkedIn', 'linkedin'],
		['Пролет 2027', 'пролет-2027'],
		['a\u00a0b\nc', 'a-b-c'],
		['x\ud800', 'x\ufffd'],
		// Control and invisible characters go, as the site drops them on arrival (stripInvisible).
		['news\u200Bletter', 'newsletter'],
		['\u202Espring', 'spring'],
		['q4\u0000\u2060', 'q4'],
		['👩‍💻 Dev', '👩‍💻-dev'],
	])('%j → %j', (raw, value) => {
		expect(normaliseCampaignValue(raw)).toBe(value);
	});

	test('is idempotent, and its output has no white space and no upper-case letters', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (raw) => {
				const value = normaliseCampaignValue(raw);
				expect(normaliseCampaignValue(value)).toBe(value);
				expect(value).not.toMatch(/\s/u);
				expect(value).toBe(value.toLowerCase());
			}),
		);
	});
});

describe('checkCampaign', () => {
	test('a value with invisible characters is carried without them, with no problem', () => {
		const checked = check({ ...required, utm_campaign: 'spring\u200B-2027\u202E' });
		expect(checked.problems).toEqual({});
		expect(checked.values.utm_campaign).toBe('spring-2027');
		expect(checked.utm).toContainEqual(['utm_campaign', 'spring-2027']);
	});

	test('accepts the three required values and gives them in the standard order', () => {
		expect(check({ utm_campaign: 'Q4', utm_source: 'News Letter', utm_medium: 'email' })).toEqual({
			values: { utm_source: 'news-letter', utm_medium: 'email', utm_campaign: 'q4', utm_term: '', utm_content: '' },
			problems: {},
			utm: [
				['utm_source', 'news-letter'],
				['utm_medium', 'email'],
				['utm_campaign', 'q4'],
			],
		});
	});

	test('source, medium and campaign are required; term and content are not', () => {
		const { problems, utm } = check({ utm_source: '  ', utm_term: 'ip' });
		expect(problems).toEqual({ utm_source: 'required', utm_medium: 'required', utm_campaign: 'required' });
		expect(utm).toBeNull();
		expect(REQUIRED_UTM_KEYS).toEqual(['utm_source', 'utm_medium', 'utm_campaign']);
	});

	test('refuses a value the site would cut: more than MAX_UTM_VALUE characters or MAX_UTM_ENCODED encoded', () => {
		expect(check({ ...required, utm_content: 'a'.repeat(MAX_UTM_VALUE) }).problems).toEqual({});
		expect(check({ ...required, utm_content: 'a'.repeat(MAX_UTM_VALUE + 1) }).problems).toEqual({ utm_content: 'tooLong' });
		// A Cyrillic letter is six characters encoded: 25 fit in 150, 26 do not.
		expect(check({ ...required, utm_term: 'я'.repeat(MAX_UTM_ENCODED / 6) }).problems).toEqual({});
		expect(check({ ...required, utm_term: 'я'.repeat(MAX_UTM_ENCODED / 6 + 1) }).problems).toEqual({ utm_term: 'tooLong' });
	});

	test('every accepted campaign is carried whole by the site’s own parser, through the finished link', () => {
		const value = fc.string({ unit: 'grapheme', maxLength: 40 });
		fc.assert(
			fc.property(fc.record(Object.fromEntries(UTM_KEYS.map((key) => [key, value])) as Record<UtmKey, fc.Arbitrary<string>>), (input) => {
				const { utm, values, problems } = check(input);
				if (utm === null) {
					expect(Object.keys(problems).length).toBeGreaterThan(0);
					return;
				}
				const link = new URL(campaignLink(SITE, '/guides/', utm));
				expect(pickUtmParams(link.search)).toEqual(utm);
				expect(utm.map(([key]) => key)).toEqual(UTM_KEYS.filter((key) => values[key] !== ''));
			}),
		);
	});
});

describe('campaignLink', () => {
	test('is absolute on the site’s origin, keeps the trailing slash and has no spaces or upper-case values', () => {
		const { utm } = check({ ...required, utm_term: 'IP Lawyer' });
		expect(campaignLink(SITE, '/bg/guides/', utm ?? [])).toBe(
			'https://outsourcing-ip.example/bg/guides/?utm_source=newsletter&utm_medium=email&utm_campaign=spring-2027&utm_term=ip-lawyer',
		);
	});

	test('puts a calculator preset before the campaign, its commas left readable', () => {
		const link = campaignLink(SITE, '/calculator/', [['utm_source', 'x']], 'scope=ito&share=source-code,algorithms');
		expect(link).toBe('https://outsourcing-ip.example/calculator/?scope=ito&share=source-code,algorithms&utm_source=x');
		expect(parseAnswers(new URL(link).search).answers).toEqual({ ...DEFAULT_ANSWERS, scope: 'ito', share: ['source-code', 'algorithms'] });
	});

	test('percent-encodes what a query cannot hold as it is', () => {
		const link = campaignLink(SITE, '/', [['utm_campaign', 'a&b=c#d?е']]);
		expect(link).toBe('https://outsourcing-ip.example/?utm_campaign=a%26b%3Dc%23d%3F%D0%B5');
		expect(pickUtmParams(new URL(link).search)).toEqual([['utm_campaign', 'a&b=c#d?е']]);
	});
});

/** Each answer field with the ids a form in canonical order would give for these answers. */
const formFields = (chosen: Answers) =>
	ANSWER_FIELDS.map((field) => {
		const value = chosen[field];
		return [field, typeof value === 'string' ? [value] : [...value]] as const;
	});

describe('presetQuery', () => {
	test('with every answer given, writes exactly what the calculator’s serializeAnswers writes', () => {
		fc.assert(
			fc.property(answers, (chosen) => {
				expect(presetQuery(formFields(chosen))).toBe(serializeAnswers(chosen));
			}),
		);
	});

	test('a partial preset sets only its answers: the calculator parses it back, the rest at their defaults, nothing dropped', () => {
		const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
		const preset = fc.record({
			scope: optional(fc.constantFrom(...SCOPES)),
			location: optional(fc.constantFrom(...LOCATIONS)),
			org: optional(fc.constantFrom(...ORGS)),
			share: fc.subarray([...ASSETS]),
			safeguards: fc.subarray([...SAFEGUARDS]),
		});
		fc.assert(
			fc.property(preset, (chosen) => {
				const fields = ANSWER_FIELDS.map((field) => {
					const value = chosen[field];
					return [field, value === undefined ? [] : isListField(field) ? [...(value as readonly string[])] : [value as string]] as const;
				});
				const link = campaignLink(SITE, '/calculator/', [['utm_source', 'x']], presetQuery(fields));
				const parsed = parseAnswers(new URL(link).search);
				expect(parsed.ignored).toEqual([]);
				expect(parsed.answers).toEqual({
					scope: chosen.scope ?? DEFAULT_ANSWERS.scope,
					location: chosen.location ?? DEFAULT_ANSWERS.location,
					org: chosen.org ?? DEFAULT_ANSWERS.org,
					share: chosen.share,
					safeguards: chosen.safeguards,
				});
			}),
		);
	});

	test('nothing chosen gives an empty query', () => {
		expect(presetQuery(ANSWER_FIELDS.map((field) => [field, []] as const))).toBe('');
	});
});

describe('qrFileName', () => {
	// Named after the campaign, with nothing a file system could stumble on, never split inside a character.
	test.each([
		['spring-2027', 'qr-spring-2027.svg'],
		['a/b:c?d', 'qr-a-b-c-d.svg'],
		['пролет_2027', 'qr-пролет_2027.svg'],
		['///', 'qr-campaign.svg'],
		['𝒜'.repeat(100), `qr-${'𝒜'.repeat(60)}.svg`],
	])('%j → %j', (campaign, name) => {
		expect(qrFileName(campaign)).toBe(name);
	});
});

describe('svgWithTitle', () => {
	const source = '<?xml version="1.0" encoding="UTF-8" ?><svg xmlns="http://www.w3.org/2000/svg" viewBox="-4 -4 33 33"><path d="M1 1"/></svg>';

	test('puts the title first inside the root element, escaped', () => {
		expect(svgWithTitle(source, 'https://a.example/?x=1&y=<2>')).toBe(
			'<?xml version="1.0" encoding="UTF-8" ?><svg xmlns="http://www.w3.org/2000/svg" viewBox="-4 -4 33 33"><title>https://a.example/?x=1&amp;y=&lt;2&gt;</title><path d="M1 1"/></svg>',
		);
	});

	test('keeps the rest of the document as it was, whatever the title', () => {
		fc.assert(
			fc.property(fc.string(), (title) => {
				const titled = svgWithTitle(source, title);
				expect(titled.replace(/<title>[^<]*<\/title>/, '')).toBe(source);
				expect(titled.match(/<title>/g)).toHaveLength(1);
			}),
		);
	});

	test('refuses what is not SVG', () => {
		expect(() => svgWithTitle('<html></html>', 'x')).toThrow('not an SVG');
	});
});
