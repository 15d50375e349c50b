/**
 * The schedule as the page shows it (SchedulePreview.astro), read into a ScheduleDocument for the exports: the rows of
 * the shown parts, in order, in the chosen languages, each detail as the preview wrote it, and the shown footnotes.
 */
import type { LanguageMode } from '@/lib/clauses/builderState';
import { languagesOf, type DocBlock, type Run, type ScheduleDocument } from '@/lib/clauses/scheduleDocument';
import type { Locale } from '@/lib/i18n/locales';

const KINDS = new Set<string>(['title', 'notice', 'heading', 'paragraph']);

/** White space as a reader sees it: runs of it are one space (the page's markup is indented). */
const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** A cell's text as runs: plain text, and each detail (a <bdi data-field>) as its own run, marked when still a blank. */
function runsOf(cell: Element | null): Run[] {
	const text = cell?.querySelector('[data-text]');
	if (!text) return [];
	const runs: Run[] = [];
	const walk = (node: Node) => {
		for (const child of node.childNodes) {
			if (child instanceof HTMLElement && child.dataset['field'] !== undefined) {
				runs.push({ text: child.textContent, ...(child.hasAttribute('data-blank') ? { blank: true } : {}) });
			} else if (child.nodeType === Node.TEXT_NODE) runs.push({ text: collapse(child.textContent ?? '') });
			else walk(child);
		}
	};
	walk(text);
	// Trim the cell's ends, not the runs inside it.
	const first = runs[0];
	const last = runs.at(-1);
	if (first && !first.blank) runs[0] = { text: first.text.trimStart() };
	if (last && !last.blank) runs[runs.length - 1] = { ...runs[runs.length - 1], text: (runs.at(-1)?.text ?? '').trimEnd() };
	return runs.filter((run) => run.text !== '');
}

const cellOf = (row: Element, locale: Locale) => row.querySelector(`:scope > [lang="${locale}"]`);

export function readSchedule(schedule: HTMLElement, mode: LanguageMode): ScheduleDocument {
	const languages = languagesOf(mode);
	const shown = (element: Element) => !element.closest('[hidden]');
	const blocks: DocBlock[] = [];
	for (const row of schedule.querySelectorAll<HTMLElement>('[data-row]')) {
		const kind = row.dataset['row'] ?? '';
		if (!KINDS.has(kind) || !shown(row)) continue;
		const reference = row.querySelector('[data-footnote-ref]')?.textContent;
		blocks.push({
			kind: kind as DocBlock['kind'],
			number: row.querySelector('[data-number]')?.textContent.trim() ?? '',
			cells: Object.fromEntries(languages.map((locale) => [locale, runsOf(cellOf(row, locale))])),
			footnote: reference ? Number(reference) : undefined,
		});
	}
	const notesHeading = schedule.querySelector('[data-row="notes-heading"]');
	return {
		languages,
		blocks,
		notesHeading: Object.fromEntries(languages.map((locale) => [locale, collapse(notesHeading ? (cellOf(notesHeading, locale)?.textContent ?? '') : '').trim()])),
		footnotes: [...schedule.querySelectorAll<HTMLElement>('[data-footnote]')].filter(shown).map((note) => ({
			number: Number(note.querySelector('[data-number]')?.textContent),
			cells: Object.fromEntries(languages.map((locale) => [locale, collapse(cellOf(note, locale)?.querySelector('[data-text]')?.textContent ?? '').trim()])),
		})),
	};
}
