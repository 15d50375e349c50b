/**
 * The schedule as a Word document (.docx), built in the browser with the `docx` library, which the page loads only when
 * the reader asks for the file (a dynamic import: its chunk is not part of the page's JavaScript). One language gives
 * headings and numbered paragraphs; two give a table, English | Bulgarian, a row per heading or paragraph. The law
 * behind each clause is a real footnote on the clause's heading. Every text goes in as a text run, so a value that
 * looks like markup stays text.
 */
import {
	AlignmentType,
	BorderStyle,
	Document,
	FootnoteReferenceRun,
	HeadingLevel,
	Packer,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type IRunOptions,
	type ParagraphChild,
} from 'docx';
import { LOCALE_INFO, type Locale } from '@/lib/i18n/locales';
import type { DocBlock, ScheduleDocument } from './scheduleDocument';

/** A4 in twentieths of a point, with 2 cm margins: the paper a Bulgarian contract is printed on. */
const PAGE = { width: 11_906, height: 16_838, margin: 1_134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Where a paragraph's text starts after its number ("2.1"), in twentieths of a point (1 cm). */
const INDENT = 567;
const FONT = 'Times New Roman';
const GREY = 'A6A6A6';

/** A block's runs in one language: its number, its text (blanks highlighted, to be filled in) and its footnote mark. */
function runsOf(block: DocBlock, locale: Locale, footnote: 'reference' | 'mark' | 'none'): ParagraphChild[] {
	const language = { value: LOCALE_INFO[locale].intl };
	const runs: ParagraphChild[] = [];
	if (block.number !== '') runs.push(new TextRun({ text: block.kind === 'heading' ? `${block.number}.\t` : `${block.number}\t`, language }));
	for (const run of block.cells[locale] ?? []) runs.push(new TextRun({ text: run.text, language, ...(run.blank ? { highlight: 'lightGray' } : {}) }));
	if (block.footnote !== undefined && footnote === 'reference') runs.push(new FootnoteReferenceRun(block.footnote));
	// The second column repeats the footnote's number, so a reader of either language finds the law; Word numbers
	// footnotes in order, as the schedule does, so the numbers agree.
	if (block.footnote !== undefined && footnote === 'mark') runs.push(new TextRun({ text: String(block.footnote), superScript: true, language }));
	return runs;
}

/** A block in one language as a paragraph styled by its kind. */
function paragraphOf(block: DocBlock, locale: Locale, footnote: 'reference' | 'mark' | 'none'): Paragraph {
	const children = runsOf(block, locale, footnote);
	const numbered = block.number !== '' ? { indent: { left: INDENT, hanging: INDENT }, tabStops: [{ type: 'left' as const, position: INDENT }] } : {};
	switch (block.kind) {
		case 'title':
			return new Paragraph({ children, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER });
		case 'notice':
			return new Paragraph({
				children,
				shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' },
				border: { left: { style: BorderStyle.SINGLE, size: 18, color: '000000', space: 6 } },
				spacing: { after: 240 },
			});
		case 'heading':
			return new Paragraph({ children, heading: HeadingLevel.HEADING_2, keepNext: true, ...numbered });
		case 'paragraph':
			return new Paragraph({ children, alignment: AlignmentType.JUSTIFIED, ...numbered });
	}
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: GREY };
const cell = (children: Paragraph[]) =>
	new TableCell({
		children,
		width: { size: TEXT_WIDTH / 2, type: WidthType.DXA },
		margins: { top: 60, bottom: 60, left: 100, right: 100 },
		borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder },
	});

/** A column's heading: its language, named in itself. (Typed apart: in TextRun's `string | options` union, `bold`
 * would resolve to the deprecated String#bold.) */
const columnHeading = (locale: Locale): IRunOptions => ({ text: LOCALE_INFO[locale].name, bold: true });

/** Two languages side by side: a header row naming them, then a row per block, each kept on one page. */
function bilingualTable(document: ScheduleDocument): Table {
	const [first, second] = document.languages as [Locale, Locale];
	const header = new TableRow({
		tableHeader: true,
		children: document.languages.map((locale) => cell([new Paragraph({ children: [new TextRun(columnHeading(locale))] })])),
	});
	const rows = document.blocks.map(
		(block) =>
			new TableRow({
				cantSplit: true,
				children: [cell([paragraphOf(block, first, 'reference')]), cell([paragraphOf(block, second, 'mark')])],
			}),
	);
	return new Table({ rows: [header, ...rows], width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [TEXT_WIDTH / 2, TEXT_WIDTH / 2] });
}

/** The Word document of a schedule (its title from the first block). */
export function scheduleDocx(document: ScheduleDocument): Document {
	const [first] = document.languages;
	if (first === undefined) throw new Error('a schedule has at least one language');
	const title = document.blocks.find((block) => block.kind === 'title')?.cells[first]?.map((run) => run.text).join('') ?? '';
	const footnotes = Object.fromEntries(
		document.footnotes.map((note) => [
			note.number,
			{ children: document.languages.map((locale) => new Paragraph({ children: [new TextRun({ text: note.cells[locale] ?? '', language: { value: LOCALE_INFO[locale].intl } })] })) },
		]),
	);
	const body = document.languages.length > 1 ? [bilingualTable(document)] : document.blocks.map((block) => paragraphOf(block, first, 'reference'));
	const heading = { run: { font: FONT, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } };
	return new Document({
		title,
		creator: '',
		styles: {
			default: {
				document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120 } } },
				title: { run: { font: FONT, size: 30, bold: true, color: '000000' }, paragraph: { spacing: { after: 240 } } },
				heading2: { ...heading, run: { ...heading.run, size: 24 } },
			},
		},
		footnotes,
		sections: [{ properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } }, children: body }],
	});
}

/** The .docx file of a schedule, as the browser downloads it. */
export function scheduleDocxBlob(document: ScheduleDocument): Promise<Blob> {
	return Packer.toBlob(scheduleDocx(document));
}
