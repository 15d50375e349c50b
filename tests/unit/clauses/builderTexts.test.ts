// What the builder says and hands out, as text: its islands' strings complete from their own keys, the contact summary
// within the mail-link rule, and the draft as plain text and as a Word file read back (fflate unzips it).
import fc from 'fast-check';
import { unzipSync, strFromU8 } from 'fflate';
import { Packer } from 'docx';
import { describe, expect, test } from 'vitest';
import { answersLine } from '@/lib/clauses/answersLine';
import { builderNotice } from '@/lib/clauses/builderNotice';
import { LANGUAGE_MODES, loadBuilder, type BuilderContext, type BuilderState } from '@/lib/clauses/builderState';
import { builderSummary } from '@/lib/clauses/builderSummary';
import { BUILDER_ISLAND_KEYS } from '@/lib/clauses/clientKeys';
import { problemText } from '@/lib/clauses/fieldProblems';
import { checkField } from '@/lib/clauses/fieldValues';
import { FIELD_IDS } from '@/lib/clauses/fields';
import { languagesOf, scheduleText, type ScheduleDocument } from '@/lib/clauses/scheduleDocument';
import { scheduleDocx } from '@/lib/clauses/scheduleDocx';
import { fitMailto, MAX_MAILTO_LENGTH } from '@/lib/cta/fitMailto';
import { MAX_PREFILL, prefillHref } from '@/lib/cta/prefillHref';
import { readPrefill } from '@/lib/cta/readPrefill';
import { LOCALES, LOCALE_INFO } from '@/lib/i18n/locales';
import { pickStrings } from '@/lib/i18n/pickStrings';
import { translator, type Translate } from '@/lib/i18n/translator';
import { dictionaries } from '@/lib/i18n/useTranslations';
import { DEFAULT_ANSWERS } from '@/lib/risk/factors';
import { readClauses } from '../../support/content';
import { answers } from '../risk/arbitraries';
import { wordText } from '../../support/wordText';

/** The real library's clause ids (src/content/clauses/): the summary must name them all, whichever are ticked. */
const CLAUSE_IDS = readClauses().map((clause) => clause.id);
const CONTEXT: BuilderContext = { clauseIds: CLAUSE_IDS, recommend: () => CLAUSE_IDS.slice(0, 3), mode: 'en' };
const states: fc.Arbitrary<BuilderState> = fc.record({ answers, clauses: fc.subarray(CLAUSE_IDS), mode: fc.constantFrom(...LANGUAGE_MODES), fields: fc.constant({}) });
const hostileLink = `https://outsourcing-ip.example/contract-builder/?${'x'.repeat(3000)}`;

/** Everything each island writes with its translator. */
const TEXTS: Record<keyof typeof BUILDER_ISLAND_KEYS, (t: Translate, locale: (typeof LOCALES)[number]) => string[]> = {
	form: (t, locale) => [
		...['?clauses=nope&lang=x&scope=q&zz=1&client=' + 'x'.repeat(500), ''].flatMap((search) => {
			const notice = builderNotice(loadBuilder(search, '{"choices":"clauses=gone","fields":{"a":"b"}}', null, CONTEXT), t);
			return [notice?.message ?? '', ...(notice?.items ?? [])];
		}),
		builderNotice(loadBuilder('', 'corrupt', null, CONTEXT), t)?.message ?? '',
		...FIELD_IDS.flatMap((id) => ['x'.repeat(300), '-1', '999999999999', 'a.b'].map((raw) => problemText(id, checkField(id, raw), locale, t))).filter(Boolean),
	],
	clauses: (t) => [answersLine(DEFAULT_ANSWERS, t), answersLine({ ...DEFAULT_ANSWERS, share: ['source-code'], safeguards: ['nda'] }, t), t('builder.clauses.count', { count: 3, total: 9 })],
	actions: (t) => [
		...LANGUAGE_MODES.map((mode) => builderSummary({ answers: DEFAULT_ANSWERS, clauses: CLAUSE_IDS, mode, fields: {} }, t, 'https://x.example/')),
		builderSummary({ answers: DEFAULT_ANSWERS, clauses: [], mode: 'en', fields: {} }, t),
		...(['builder.textCopied', 'builder.linkCopied', 'builder.copyFallback', 'builder.docxWorking', 'builder.docxFailed', 'builder.docxFile', 'builder.resetDone'] as const).map((key) => t(key)),
		t('builder.docxDone', { file: 'x.docx' }),
	],
};

describe.each(LOCALES)('%s', (locale) => {
	test.each(Object.keys(TEXTS) as (keyof typeof TEXTS)[])('<builder-%s> needs no key outside its own strings', (island) => {
		const texts = TEXTS[island](translator(pickStrings(dictionaries[locale], BUILDER_ISLAND_KEYS[island]), LOCALE_INFO[locale].intl), locale);
		expect(texts.length).toBeGreaterThan(0);
		expect(texts.filter((text) => text === '' || /(calc|builder|compare)\.|\{\w+\}/.test(text))).toEqual([]);
	});

	const t = translator(dictionaries[locale], LOCALE_INFO[locale].intl);
	test('the contact summary names the deal, every clause id and the language, and fits the contact page whole', () => {
		fc.assert(
			fc.property(states, (state) => {
				const summary = builderSummary(state, t, 'https://outsourcing-ip.example/contract-builder/?scope=ito');
				expect(summary.length).toBeLessThanOrEqual(MAX_PREFILL);
				// What the contact page reads back from the link is the whole summary: nothing cut on arrival.
				expect(readPrefill(prefillHref('/contact/', summary).split('#')[1] ?? '')).toBe(summary.trim());
				expect(summary).toContain(answersLine(state.answers, t).split('; ')[0]);
				for (const id of state.clauses) expect(summary).toContain(id);
				expect(summary).toContain(t(`builder.mode.${state.mode}`));
				// And the e-mail link the contact page makes of it keeps within the mail-link rule.
				expect(fitMailto('mailto:office@example.com', { subject: 'Review', body: summary, note: 'cut' }).href.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
			}),
		);
	});

	test('a link too long for the summary is left out rather than cut; a library too long for it is counted', () => {
		const state: BuilderState = { answers: DEFAULT_ANSWERS, clauses: CLAUSE_IDS.slice(0, 3), mode: 'both', fields: {} };
		expect(builderSummary(state, t, hostileLink)).not.toContain('xxx');
		const many = builderSummary({ ...state, clauses: Array.from({ length: 200 }, (_, i) => `a-really-long-clause-identifier-${i}`) }, t);
		expect(many.length).toBeLessThanOrEqual(MAX_PREFILL);
		expect(many).toContain(t('calc.notice.more', { count: 200 - (many.match(/a-really-long-clause-identifier-/g)?.length ?? 0) }));
	});
});

/** A small document in both languages, with a blank, a footnote and hostile text, as readSchedule would give it. */
const HOSTILE = ['<img src=x onerror=alert(1)>', '"><script>', 'x'.repeat(10_000)];
const DOCUMENT: ScheduleDocument = {
	languages: ['en', 'bg'],
	blocks: [
		{ kind: 'title', number: '', cells: { en: [{ text: 'Schedule' }], bg: [{ text: 'Приложение' }] } },
		{ kind: 'notice', number: '', cells: { en: [{ text: 'Not legal advice.' }], bg: [{ text: 'Не е правен съвет.' }] } },
		{ kind: 'heading', number: '1', cells: { en: [{ text: 'Definitions' }], bg: [{ text: 'Определения' }] } },
		{ kind: 'paragraph', number: '', cells: { en: [{ text: '“Client” means ' }, { text: HOSTILE[0] ?? '' }], bg: [{ text: '„Възложител“ означава ' }, { text: '[Възложител]', blank: true }] } },
		{ kind: 'heading', number: '2', cells: { en: [{ text: 'Confidentiality' }], bg: [{ text: 'Поверителност' }] }, footnote: 1 },
		{ kind: 'paragraph', number: '2.1', cells: { en: [{ text: HOSTILE[1] ?? '' }], bg: [{ text: HOSTILE[2] ?? '' }] } },
	],
	notesHeading: { en: 'The law', bg: 'Правно основание' },
	footnotes: [{ number: 1, cells: { en: 'Trade Secrets Directive, Art. 2', bg: 'чл. 2 от Директива (ЕС) 2016/943' } }],
};
const only = (locale: 'en' | 'bg'): ScheduleDocument => ({ ...DOCUMENT, languages: [locale] });

describe('scheduleText', () => {
	test('writes every block with its number, each language on its own line, footnote marks, and the footnotes at the end', () => {
		const text = scheduleText(DOCUMENT);
		expect(text).toContain('2. Confidentiality [1]\n2. Поверителност [1]');
		expect(text).toContain(`2.1 ${HOSTILE[1] ?? ''}\n2.1 ${HOSTILE[2] ?? ''}`);
		expect(text).toContain('The law / Правно основание\n[1] Trade Secrets Directive, Art. 2\n[1] чл. 2 от Директива (ЕС) 2016/943');
		expect(scheduleText(only('bg'))).not.toContain('Confidentiality');
		expect(languagesOf('both')).toEqual(['en', 'bg']);
	});
});

/** The parts of a .docx the tests read, unzipped. */
async function unzipDocx(document: ScheduleDocument) {
	const files = unzipSync(new Uint8Array(await Packer.toBuffer(scheduleDocx(document))));
	const read = (name: string) => strFromU8(files[name] ?? new Uint8Array());
	return { body: read('word/document.xml'), notes: read('word/footnotes.xml') };
}
describe('scheduleDocx', () => {
	test('one language: headings, numbered paragraphs and a real footnote; hostile values are text, never markup', async () => {
		const { body, notes } = await unzipDocx(only('en'));
		const text = wordText(body);
		for (const expected of ['Schedule', '1.', 'Definitions', '2.1', ...HOSTILE.slice(0, 2)]) expect(text).toContain(expected);
		expect(body).not.toContain('<img');
		expect(body).not.toContain('<script');
		expect(body).toMatch(/<w:footnoteReference w:id="1"\/>/);
		expect(wordText(notes)).toContain('Trade Secrets Directive, Art. 2');
		expect(body).not.toContain('<w:tbl>');
	});

	test('both languages: a two-column table, English | Bulgarian, each language’s text in its column', async () => {
		const { body, notes } = await unzipDocx(DOCUMENT);
		expect(body).toContain('<w:tbl>');
		expect(body.match(/<w:tr>|<w:tr /g)?.length).toBe(DOCUMENT.blocks.length + 1);
		const text = wordText(body);
		for (const expected of ['English', 'Български', 'Поверителност', HOSTILE[2] ?? '']) expect(text).toContain(expected);
		expect(text.indexOf('Confidentiality')).toBeLessThan(text.indexOf('Поверителност'));
		expect(body).toContain('w:val="bg-BG"');
		expect(wordText(notes)).toContain('чл. 2 от Директива (ЕС) 2016/943');
	});
});
