/**
 * A built schedule as the exports see it: the blocks the page shows, in order, each with its number and its text in
 * the chosen languages (the page reads them from its own preview, so the copy, the print and the .docx all say what
 * the screen says), and the law behind each clause as numbered footnotes. Plain text is written here; the .docx in
 * scheduleDocx.ts, loaded only when asked for.
 */
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import type { LanguageMode } from './builderState';

/** A piece of text; `blank` marks a blank the reader has still to fill in ("[Client’s name and details]"). */
export interface Run {
	readonly text: string;
	readonly blank?: boolean;
}

export interface DocBlock {
	readonly kind: 'title' | 'notice' | 'heading' | 'paragraph';
	/** "2", "2.1", or '' for a block without a number. */
	readonly number: string;
	/** The block's text in each language of the document. */
	readonly cells: Readonly<Partial<Record<Locale, readonly Run[]>>>;
	/** The number of the footnote a heading carries (the law behind its clause). */
	readonly footnote?: number | undefined;
}

export interface DocFootnote {
	readonly number: number;
	readonly cells: Readonly<Partial<Record<Locale, string>>>;
}

export interface ScheduleDocument {
	/** One language, or two in column order (English | Bulgarian). */
	readonly languages: readonly Locale[];
	readonly blocks: readonly DocBlock[];
	/** The heading of the footnotes where they are listed at the end (plain text; a .docx has real footnotes). */
	readonly notesHeading: Readonly<Partial<Record<Locale, string>>>;
	readonly footnotes: readonly DocFootnote[];
}

/** The languages of a mode, in column order. */
export function languagesOf(mode: LanguageMode): Locale[] {
	return mode === 'both' ? [...LOCALES] : [mode];
}

/** A block's text in one language, with its number before it ("2. Confidentiality", "2.1 The Provider…"). */
export function numberedText(block: DocBlock, locale: Locale): string {
	const text = (block.cells[locale] ?? []).map((run) => run.text).join('');
	if (block.number === '') return text;
	return block.kind === 'heading' ? `${block.number}. ${text}` : `${block.number} ${text}`;
}

/**
 * The schedule as plain text: every block in each language (one line per language, the number repeated, so the
 * languages can be told apart and either one read alone), a blank line between blocks, footnote marks as "[1]", and
 * the footnotes at the end under their heading.
 */
export function scheduleText(document: ScheduleDocument): string {
	const mark = (block: DocBlock) => (block.footnote === undefined ? '' : ` [${block.footnote}]`);
	const blocks = document.blocks.map((block) => document.languages.map((locale) => `${numberedText(block, locale)}${mark(block)}`).join('\n'));
	if (document.footnotes.length > 0) {
		const heading = document.languages.map((locale) => document.notesHeading[locale] ?? '').join(' / ');
		const notes = document.footnotes.flatMap((note) => document.languages.map((locale) => `[${note.number}] ${note.cells[locale] ?? ''}`));
		blocks.push([heading, ...notes].join('\n'));
	}
	return `${blocks.join('\n\n')}\n`;
}
