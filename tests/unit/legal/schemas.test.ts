import { describe, expect, test } from 'vitest';
import { glossaryTermSchema } from '@/schemas/glossaryTerm';
import { lawSchema } from '@/schemas/law';
import { sourceSchema } from '@/schemas/source';

/** The dotted paths of the fields a parse failed on. */
const failedFields = (schema: { safeParse(input: unknown): { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } }, input: unknown) => {
	const result = schema.safeParse(input);
	return result.success ? [] : (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
};

describe('law schema', () => {
	const law = {
		name: { en: 'Copyright and Related Rights Act (Bulgaria)', bg: 'Закон за авторското право и сродните му права' },
		short: { en: 'Copyright Act', bg: 'ЗАПСП' },
		jurisdiction: 'bg',
		publication: { en: 'State Gazette No. 56 of 29 June 1993', bg: 'обн. ДВ, бр. 56 от 29.06.1993 г.' },
	};

	const gdpr = {
		...law,
		jurisdiction: 'eu',
		url: { bg: 'https://eur-lex.europa.eu/legal-content/BG/TXT/?uri=CELEX:32016R0679', en: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679' },
	};

	test('accepts a law with or without the addresses of its official text, given per language', () => {
		expect(failedFields(lawSchema, law)).toEqual([]);
		expect(failedFields(lawSchema, { ...law, url: { bg: 'https://lex.bg/laws/ldoc/1133' } })).toEqual([]);
		expect(failedFields(lawSchema, gdpr)).toEqual([]);
		expect(failedFields(lawSchema, { ...law, jurisdiction: 'international', url: { en: 'https://www.epo.org/en/legal/epc' } })).toEqual([]);
	});

	test.each([
		['short.bg', { ...law, short: { en: 'Copyright Act' } }],
		['jurisdiction', { ...law, jurisdiction: 'us' }],
		['url', { ...law, url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' }],
		['url', { ...law, url: {} }],
		['url.bg', { ...law, url: { bg: 'ftp://example.org/law' } }],
		['url', { ...gdpr, url: { en: gdpr.url.en } }],
		['url', { ...gdpr, url: undefined }],
		['publication', { ...law, publication: undefined }],
	])('rejects a bad %s', (field, input) => {
		expect(failedFields(lawSchema, input)).toContain(field);
	});
});

describe('source schema', () => {
	const source = {
		law: 'zapsp',
		pinpoint: { en: 'Art. 42(1)–(2)', bg: 'чл. 42, ал. 1 и 2' },
		quote: { bg: 'Авторското право върху произведение, създадено по поръчка, принадлежи на автора…' },
		meaning: { en: 'Copyright in commissioned work stays with its author unless the contract says otherwise.', bg: 'Авторското право остава у автора.' },
		url: 'https://vipdir.eu/19408658.html',
		checked: '2026-11-30',
	};

	test('accepts a provision quoted in one language and turns the check date into a Date', () => {
		const parsed = sourceSchema.parse(source);
		expect(parsed.checked).toBeInstanceOf(Date);
	});

	test('accepts where each quoted language was read, one address per language', () => {
		const quote = { en: 'Any transfer of personal data …', bg: 'Предаване на лични данни …' };
		const url = { en: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679', bg: 'https://eur-lex.europa.eu/legal-content/BG/TXT/?uri=CELEX:32016R0679' };
		expect(failedFields(sourceSchema, { ...source, quote, url })).toEqual([]);
		expect(failedFields(sourceSchema, { ...source, quote, url: url.en })).toEqual([]);
		expect(failedFields(sourceSchema, { ...source, quote, url: { en: url.en } })).toEqual(['url']);
	});

	test.each([
		['law', { ...source, law: 'Copyright Act' }],
		['pinpoint.en', { ...source, pinpoint: { ...source.pinpoint, en: '42(1)' } }],
		['pinpoint.bg', { ...source, pinpoint: { ...source.pinpoint, bg: 'Art. 42' } }],
		['quote', { ...source, quote: {} }],
		['quote.bg', { ...source, quote: { bg: 'x'.repeat(1001) } }],
		['meaning', { ...source, meaning: { en: 'x'.repeat(501), bg: 'кратко' } }],
		['meaning.bg', { ...source, meaning: { en: 'Only English.' } }],
		['url', { ...source, url: 'vipdir.eu/19408658.html' }],
		['url', { ...source, url: { en: 'https://vipdir.eu/19408658.html' } }],
		['checked', { ...source, checked: 'last week' }],
	])('rejects a bad %s', (field, input) => {
		expect(failedFields(sourceSchema, input)).toContain(field);
	});

	test('rejects an unknown field, so a typo such as "meaning_bg" cannot pass silently', () => {
		expect(sourceSchema.safeParse({ ...source, meaning_bg: 'typo' }).success).toBe(false);
	});
});

describe('glossary term schema', () => {
	const term = {
		term: { en: 'Non-disclosure agreement (NDA)', bg: 'Споразумение за неразкриване на информация (NDA)' },
		definition: { en: 'A contract not to disclose or use confidential information.', bg: 'Договор за неразкриване и неизползване на поверителна информация.' },
		guide: 'protecting-ip-when-outsourcing#nda',
	};

	test('accepts a term and defaults its sources and related terms to none', () => {
		expect(glossaryTermSchema.parse(term)).toMatchObject({ sources: [], related: [] });
		expect(failedFields(glossaryTermSchema, { ...term, abbreviation: { en: 'NDA' }, sources: ['tsd-art-4'], related: ['trade-secret'] })).toEqual([]);
	});

	test.each([
		['guide', { ...term, guide: '/guides/protecting-ip-when-outsourcing/#nda' }],
		['guide', { ...term, guide: 'protecting-ip-when-outsourcing#' }],
		['definition', { ...term, definition: { en: 'x'.repeat(421), bg: 'кратко' } }],
		['sources.0', { ...term, sources: ['TSD Art 4'] }],
		['related.0', { ...term, related: ['Trade secret'] }],
		['abbreviation.en', { ...term, abbreviation: { en: 'N' } }],
	])('rejects a bad %s', (field, input) => {
		expect(failedFields(glossaryTermSchema, input)).toContain(field);
	});
});
