/**
 * <oip-schedule-preview> (SchedulePreview.astro): shows the ticked clauses and the terms they use, numbers them and their
 * paragraphs and footnotes, and writes each deal detail into its <bdi> with textContent, in that cell's language.
 */
import { defineIsland, Island, part } from '@/components/island';
import { islandLocale } from '@/components/islandLocale';
import { CURRENCY, fieldText, type ValueWords } from '@/lib/clauses/fieldValues';
import { isFieldId } from '@/lib/clauses/fields';
import type { Locale } from '@/lib/i18n/locales';
import { builderStore } from '@/stores/contractBuilder';

/** Writes `text` into every element under `root` that `selector` finds. */
function setText(root: Element, selector: string, text: string): void {
	for (const element of root.querySelectorAll(selector)) element.textContent = text;
}

class SchedulePreview extends Island {
	connectedCallback() {
		const words = JSON.parse(this.dataset['words'] ?? '{}') as Record<Locale, ValueWords>;
		const schedule = part(this, '[data-schedule]', HTMLElement);
		const sections = new Map([...schedule.querySelectorAll<HTMLElement>('section[data-part]')].map((section) => [section.dataset['part'] ?? '', section]));
		const definitions = part(schedule, 'section[data-part="definitions"]', HTMLElement);
		const notesSection = part(schedule, 'section[data-part="notes"]', HTMLElement);
		const terms = [...definitions.querySelectorAll<HTMLElement>('[data-term]')];
		const notes = new Map([...schedule.querySelectorAll<HTMLElement>('[data-footnote]')].map((note) => [note.dataset['footnote'] ?? '', note]));
		const slots = [...schedule.querySelectorAll<HTMLElement>('bdi[data-field]')].flatMap((element) => {
			const id = element.dataset['field'] ?? '';
			return isFieldId(id) ? [{ element, id, locale: islandLocale(element) }] : [];
		});
		const { $layout, $checks } = builderStore();

		this.onDisconnect(
			$layout.subscribe(({ definitions: defined, clauses }) => {
				for (const section of sections.values()) if (section !== definitions && section !== notesSection) section.hidden = true;
				for (const note of notes.values()) note.hidden = true;
				definitions.hidden = defined === null;
				setText(definitions, '[data-row="heading"] [data-number]', defined?.number ?? '');
				for (const row of terms) {
					const at = defined?.terms.indexOf(row.dataset['term'] ?? '') ?? -1;
					row.hidden = at < 0;
					setText(row, '[data-number]', defined?.paragraphs[at] ?? '');
				}
				for (const clause of clauses) {
					const section = sections.get(clause.id);
					if (!section) throw new Error(`<${this.localName}> has no section for the clause "${clause.id}"`);
					section.hidden = false;
					setText(section, '[data-row="heading"] [data-number]', clause.number);
					setText(section, '[data-footnote-ref]', String(clause.footnote ?? ''));
					section.querySelectorAll('[data-row="paragraph"]').forEach((row, i) => {
						setText(row, '[data-number]', clause.paragraphs[i] ?? '');
					});
					const note = notes.get(clause.id);
					if (note && clause.footnote !== null) {
						note.hidden = false;
						setText(note, '[data-number]', String(clause.footnote));
					}
				}
				notesSection.hidden = clauses.every((clause) => clause.footnote === null);
			}),
		);

		this.onDisconnect(
			$checks.subscribe((checks) => {
				for (const { element, id, locale } of slots) {
					const { text, blank } = fieldText(id, checks[id], checks[CURRENCY], locale, words[locale]);
					element.textContent = text;
					element.toggleAttribute('data-blank', blank);
				}
			}),
		);
	}
}

defineIsland('oip-schedule-preview', SchedulePreview);
