/**
 * The shape of a built schedule, whatever its language: which clauses it holds (in library order, whatever order they
 * were ticked in), their numbers and their paragraphs' numbers, the defined terms those clauses use, one footnote per
 * clause for the law behind it, and the deal fields the reader still has to fill in. The page, the print, the text
 * and the .docx all follow it.
 */
import { CLAUSE_FIELDS, FIELD_IDS, type FieldId } from './fields';
import { CURRENCY } from './fieldValues';

/** What the layout needs to know of the clause library and the defined terms (built from src/content/ by the page). */
export interface ScheduleIndex {
	/** Every clause, in library order. */
	readonly clauses: readonly {
		readonly id: string;
		/** How many numbered paragraphs its wording has. */
		readonly paragraphs: number;
		/** The defined terms it uses. */
		readonly definitions: readonly string[];
		/** The deal fields its wording asks for. */
		readonly fields: readonly FieldId[];
		/** Whether it cites the law (and so gets a footnote). */
		readonly footnote: boolean;
	}[];
	/** Every defined term, in the order the Definitions list them. */
	readonly definitions: readonly {
		readonly id: string;
		/** Every schedule defines it (the parties, the agreement). */
		readonly always: boolean;
		/** The deal fields its text asks for. */
		readonly fields: readonly FieldId[];
	}[];
}

/** A numbered part of the schedule and the numbers of its paragraphs (empty strings when it has a single one). */
export interface NumberedPart {
	readonly id: string;
	readonly number: string;
	readonly paragraphs: readonly string[];
	/** The footnote with the law behind it, numbered from 1 in schedule order; null for a part without one. */
	readonly footnote: number | null;
}

export interface ScheduleLayout {
	/** The Definitions section (numbered first), or null when the schedule defines no term. */
	readonly definitions: (NumberedPart & { readonly terms: readonly string[] }) | null;
	/** The selected clauses, in library order, numbered after the Definitions. */
	readonly clauses: readonly NumberedPart[];
	/** The deal fields the schedule asks for, in form order. */
	readonly fields: readonly FieldId[];
}

/** "2.1", "2.2"… for a section of several paragraphs; a lone paragraph takes its section's number alone. */
function paragraphNumbers(section: number, count: number): string[] {
	return count > 1 ? Array.from({ length: count }, (_, i) => `${section}.${i + 1}`) : Array.from({ length: count }, () => '');
}

/**
 * Lays out the schedule for the selected clause ids; unknown ids and repeats are ignored. The Definitions hold the
 * terms every schedule defines and those the selected clauses use, in their own order.
 */
export function layoutSchedule(index: ScheduleIndex, selected: Iterable<string>): ScheduleLayout {
	const wanted = new Set(selected);
	const clauses = index.clauses.filter((clause) => wanted.has(clause.id));
	const used = new Set(clauses.flatMap((clause) => clause.definitions));
	const definitions = index.definitions.filter((definition) => definition.always || used.has(definition.id));

	let section = 0;
	let footnote = 0;
	const definitionsPart =
		definitions.length > 0
			? { id: 'definitions', number: String(++section), paragraphs: paragraphNumbers(section, definitions.length), footnote: null, terms: definitions.map((d) => d.id) }
			: null;
	const numbered = clauses.map((clause): NumberedPart => {
		section += 1;
		return { id: clause.id, number: String(section), paragraphs: paragraphNumbers(section, clause.paragraphs), footnote: clause.footnote ? ++footnote : null };
	});
	const fields = new Set([...definitions, ...clauses].flatMap((part) => part.fields));
	// Every amount is written in the deal's currency, so a schedule with a sum asks for it too.
	if ([...fields].some((id) => CLAUSE_FIELDS[id].kind === 'amount')) fields.add(CURRENCY);
	return {
		definitions: definitionsPart,
		clauses: numbered,
		fields: FIELD_IDS.filter((id) => fields.has(id)),
	};
}
