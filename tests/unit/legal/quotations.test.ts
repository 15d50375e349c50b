// The quotations of the law, read from the YAML: an EU act has an official Bulgarian text, so its provisions are quoted
// in Bulgarian unless their Bulgarian wording is on the list of texts not read yet; a provision quoted in both languages
// quotes the same paragraphs in both; and both pinpoints name the same provision.
import { describe, expect, test } from 'vitest';
import { readEntries } from '../../support/content';
import { BULGARIAN_TEXT_NOT_YET_READ, pinpointNumbers, quoteMarkers, type LawYaml, type SourceYaml } from '../../support/legalQuotes';

const laws = readEntries<LawYaml>('laws');
const sources = readEntries<SourceYaml>('sources');
const jurisdictionOf = (source: SourceYaml) => laws.get(source.law)?.jurisdiction;
const euSources = [...sources].filter(([, source]) => jurisdictionOf(source) === 'eu');
const pending = Object.entries(BULGARIAN_TEXT_NOT_YET_READ);

describe('quoteMarkers', () => {
	test('reads paragraph numbers and point letters as each language writes them', () => {
		expect(quoteMarkers('1. Where processing … 2. The processor shall not')).toEqual(['1', '2']);
		expect(quoteMarkers('(7) ‘controller’ means …; (8) ‘processor’ means')).toEqual(['7', '8']);
		expect(quoteMarkers('7) „администратор“ означава …; 8) „обработващ лични данни“')).toEqual(['7', '8']);
		expect(quoteMarkers('by: … (c) standard data protection clauses')).toEqual(['c']);
		expect(quoteMarkers('посредством: … в) стандартни клаузи')).toEqual(['c']);
		expect(quoteMarkers('когато е целесъобразно: а) псевдонимизация; б) способност')).toEqual(['a', 'b']);
		expect(quoteMarkers('когато е целесъобразно: a) псевдонимизация')).toEqual(['a']);
	});

	test('ignores numbers inside a sentence', () => {
		expect(quoteMarkers('referred to in Article 93(2); and point (h) of the first subparagraph, 25 to 39.')).toEqual([]);
		expect(quoteMarkers('посочена в член 93, параграф 2; буква з) от първа алинея')).toEqual([]);
	});
});

describe('EU law is quoted in Bulgarian on Bulgarian pages', () => {
	test('there are EU provisions to check', () => {
		expect(euSources.length).toBeGreaterThan(0);
	});

	test.each(euSources)('%s is quoted in Bulgarian, or its Bulgarian text is listed as not read yet', (id, source) => {
		if (id in BULGARIAN_TEXT_NOT_YET_READ) {
			expect(source.quote.bg, `${id} now quotes its Bulgarian text: delete its line from BULGARIAN_TEXT_NOT_YET_READ`).toBeUndefined();
			expect(source.quote.en, `${id} must then be quoted in English`).toBeDefined();
		} else {
			expect(source.quote.bg, `${id}: copy the official Bulgarian text of the paragraphs its English quotation gives (or list it as not read yet, with the reason)`).toBeDefined();
		}
	});

	test.each(pending)('the list of Bulgarian texts not read yet names an EU provision: %s, and where to copy its text from', (id, { reason, copyFrom }) => {
		const source = sources.get(id);
		expect(source, `${id} is not a source`).toBeDefined();
		expect(jurisdictionOf(source as SourceYaml)).toBe('eu');
		expect(reason.length).toBeGreaterThan(20);
		expect(copyFrom).toBe(laws.get((source as SourceYaml).law)?.url?.bg);
		expect(copyFrom).toMatch(/^https:\/\/eur-lex\.europa\.eu\/legal-content\/BG\/TXT\/\?uri=CELEX:\d{5}[A-Z]\d{4}$/);
	});

	test.each([...laws].filter(([, law]) => law.jurisdiction === 'eu'))('%s links its official texts on EUR-Lex in Bulgarian and in English', (_id, law) => {
		const celex = /^https:\/\/eur-lex\.europa\.eu\/legal-content\/(BG|EN)\/TXT\/\?uri=CELEX:(\d{5}[A-Z]\d{4})$/;
		const [, bgLanguage, bgNumber] = celex.exec(law.url?.bg ?? '') ?? [];
		const [, enLanguage, enNumber] = celex.exec(law.url?.en ?? '') ?? [];
		expect([bgLanguage, enLanguage]).toEqual(['BG', 'EN']);
		expect(bgNumber).toBe(enNumber);
	});
});

describe.each([...sources])('%s', (_id, source) => {
	test('names the same article and paragraphs in both pinpoints', () => {
		expect(pinpointNumbers(source.pinpoint.bg)).toEqual(pinpointNumbers(source.pinpoint.en));
	});

	test.runIf(source.quote.en !== undefined && source.quote.bg !== undefined)('quotes the same paragraphs and points in both languages', () => {
		expect(quoteMarkers(source.quote.bg ?? '')).toEqual(quoteMarkers(source.quote.en ?? ''));
	});

	// In EU acts and treaties "1." and "(1)" number paragraphs; a Bulgarian statute numbers its items "1." (т. 1).
	test.runIf(jurisdictionOf(source) !== 'bg')('starts its quotations with a paragraph the pinpoint names, when they start with a number', () => {
		const numbers = pinpointNumbers(source.pinpoint.en);
		for (const text of Object.values(source.quote)) {
			const [first] = quoteMarkers(text);
			if (first !== undefined && /^\d+$/.test(first)) expect(numbers, text.slice(0, 40)).toContain(first);
		}
	});
});
