/**
 * The contract builder's state and its two outside forms: the share link (the calculator's own query for the answers,
 * then the ticked clauses, the language and the filled-in details) and the JSON kept in localStorage. Both are read
 * as untrusted: whatever cannot be used is dropped and reported (a value cut to a few dozen characters), never thrown.
 * Where the first state comes from mirrors the calculator: a link wins over saved work, which wins over the defaults.
 */
import { isUtmKey, normaliseParamName } from '@/lib/cta/pickUtmParams';
import { truncateGraphemes } from '@/lib/i18n/graphemes';
import { LOCALES } from '@/lib/i18n/locales';
import type { UiKey } from '@/lib/i18n/ui/en';
import { MAX_IGNORED_VALUE_LENGTH, isAnswerField } from '@/lib/risk/collectAnswers';
import { DEFAULT_ANSWERS, type AnswerField, type Answers } from '@/lib/risk/factors';
import { parseAnswers, serializeAnswers } from '@/lib/risk/shareUrl';
import { decodeStored } from '@/lib/risk/storedAnswers';
import { checkField } from './fieldValues';
import { FIELD_IDS, isFieldId, type FieldId } from './fields';

/** The schedule's languages: one, or all side by side (`lang=` in the link). */
export const LANGUAGE_MODES = [...LOCALES, 'both'] as const;
export type LanguageMode = (typeof LANGUAGE_MODES)[number];

/** How the form and the contact summary name each language mode. */
export const MODE_LABEL = { en: 'builder.mode.en', bg: 'builder.mode.bg', both: 'builder.mode.both' } as const satisfies Record<LanguageMode, UiKey>;

/** The link's parameter for the ticked clauses (ids, comma-joined) and for the language. */
export const CLAUSES_PARAM = 'clauses';
export const MODE_PARAM = 'lang';

/** localStorage key; bump the version when the stored shape changes incompatibly. */
export const BUILDER_STORAGE_KEY = 'contract-builder:v1';

/** Everything the reader chose. */
export interface BuilderState {
	/** The risk calculator's answers the recommendations follow. */
	readonly answers: Answers;
	/** The ticked clauses, in library order. */
	readonly clauses: readonly string[];
	readonly mode: LanguageMode;
	/** The deal details as typed (only the fields that hold something); checked when used (checkField). */
	readonly fields: Readonly<Partial<Record<FieldId, string>>>;
}

/** What the state is read against: the library's clause ids in order, and what to tick for a set of answers. */
export interface BuilderContext {
	readonly clauseIds: readonly string[];
	readonly recommend: (answers: Answers) => string[];
	/** The language a new draft starts in: the page's. */
	readonly mode: LanguageMode;
}

/** A value that was dropped, and where it came from (an answer, a clause id, the language, a detail, an unknown name). */
export interface Dropped {
	readonly field: AnswerField | 'unknown' | typeof CLAUSES_PARAM | typeof MODE_PARAM | FieldId;
	readonly value: string;
}

/** The parts of a state a link or saved work carries; what it does not carry keeps its value from elsewhere. */
export interface StateParts {
	answers?: Answers;
	clauses?: string[];
	mode?: LanguageMode;
	fields?: Partial<Record<FieldId, string>>;
}

/** A list of dropped values, each kept once and cut to a short length, so a hostile link cannot flood the page. */
class DroppedList {
	readonly items: Dropped[] = [];
	readonly #seen = new Set<string>();

	add(field: Dropped['field'], value: string): void {
		const cut = truncateGraphemes(value, MAX_IGNORED_VALUE_LENGTH);
		const key = `${field}\n${cut}`;
		if (this.#seen.has(key)) return;
		this.#seen.add(key);
		this.items.push({ field, value: cut });
	}
}

/** Whether a value is one of the language modes. */
export const isLanguageMode = (value: unknown): value is LanguageMode => (LANGUAGE_MODES as readonly unknown[]).includes(value);

/** Field ids by their lower-cased name: parameter names are matched case-insensitively, as the calculator's are. */
const FIELD_BY_NAME = new Map<string, FieldId>(FIELD_IDS.map((id) => [id.toLowerCase(), id]));

/** Adds the known ids among `values` to `wanted`, and reports the others. */
function collectClauses(values: Iterable<string>, context: BuilderContext, wanted: Set<string>, dropped: DroppedList): void {
	for (const raw of values) {
		const id = raw.trim().toLowerCase();
		if (id === '') continue;
		if (context.clauseIds.includes(id)) wanted.add(id);
		else dropped.add(CLAUSES_PARAM, raw.trim());
	}
}

/** Whether a query carries any of the builder's parameters (answers included), i.e. whether it should win over saved work. */
export function hasBuilderParams(input: string | URLSearchParams): boolean {
	return [...new URLSearchParams(input).keys()].some((raw) => {
		const name = normaliseParamName(raw);
		return isAnswerField(name) || name === CLAUSES_PARAM || name === MODE_PARAM || FIELD_BY_NAME.has(name);
	});
}

/** The parts of a state a share link carries, and every value it had that could not be used. */
export function parseBuilderLink(input: string | URLSearchParams, context: BuilderContext): { parts: StateParts; dropped: Dropped[] } {
	const dropped = new DroppedList();
	const parts: StateParts = {};
	const answerParams = new URLSearchParams();
	const wanted = new Set<string>();
	let sawClauses = false;
	const fields: Partial<Record<FieldId, string>> = {};
	let sawFields = false;
	for (const [raw, value] of new URLSearchParams(input)) {
		const name = normaliseParamName(raw);
		const field = FIELD_BY_NAME.get(name);
		if (isAnswerField(name)) answerParams.append(name, value);
		else if (name === CLAUSES_PARAM) {
			sawClauses = true;
			collectClauses(value.split(','), context, wanted, dropped);
		} else if (name === MODE_PARAM) {
			const mode = value.trim().toLowerCase();
			if (isLanguageMode(mode) && parts.mode === undefined) parts.mode = mode;
			else if (mode !== parts.mode && mode !== '') dropped.add(MODE_PARAM, value);
		} else if (field) {
			sawFields = true;
			const check = checkField(field, value);
			if (check.state === 'ok' && fields[field] === undefined) fields[field] = check.value;
			else if (check.state !== 'empty' && !(check.state === 'ok' && fields[field] === check.value)) dropped.add(field, value);
		} else if (name !== '' && !isUtmKey(name)) dropped.add('unknown', raw.trim());
	}
	if ([...answerParams.keys()].length > 0) {
		const parsed = parseAnswers(answerParams);
		parts.answers = parsed.answers;
		for (const { field, value } of parsed.ignored) dropped.add(field, value);
	}
	// In library order, whatever order the link lists them in.
	if (sawClauses) parts.clauses = context.clauseIds.filter((id) => wanted.has(id));
	if (sawFields) parts.fields = fields;
	return { parts, dropped: dropped.items };
}

/**
 * The reader's choices as a query, as the share link starts (shareLink.ts adds the details): the calculator's answers
 * as serializeAnswers writes them, then the ticked clauses (ids are [a-z0-9-], so the commas stay readable) and the
 * language.
 */
export function choicesQuery(state: BuilderState): string {
	return [serializeAnswers(state.answers), `${CLAUSES_PARAM}=${state.clauses.join(',')}`, `${MODE_PARAM}=${state.mode}`].join('&');
}

/** The JSON kept in localStorage: the choices as the link writes them, and the details exactly as typed. */
export function encodeStoredBuilder(state: BuilderState): string {
	return JSON.stringify({ choices: choicesQuery(state), fields: state.fields });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Saved work read back: each part that is there and usable, and what was dropped. The choices are read as a link is;
 * details are kept exactly as typed, even those that cannot be used yet: they are the reader's work, and the form
 * shows what is wrong with them. `corrupt` when the string is not a JSON object at all.
 */
export function decodeStoredBuilder(raw: string, context: BuilderContext): { parts: StateParts; dropped: Dropped[]; corrupt: boolean } {
	let stored: unknown;
	try {
		stored = JSON.parse(raw);
	} catch {
		stored = undefined;
	}
	if (!isPlainObject(stored)) return { parts: {}, dropped: [], corrupt: true };
	const { choices, fields, ...others } = stored;
	const { parts, dropped } = typeof choices === 'string' ? parseBuilderLink(choices, context) : { parts: {}, dropped: [] };
	const list = new DroppedList();
	for (const { field, value } of dropped) list.add(field, value);
	if (isPlainObject(fields)) {
		parts.fields = {};
		for (const [name, value] of Object.entries(fields)) {
			if (isFieldId(name) && typeof value === 'string') parts.fields[name] = value;
			else list.add('unknown', name);
		}
	}
	for (const name of Object.keys(others)) list.add('unknown', name);
	return { parts, dropped: list.items, corrupt: false };
}

/** Where the first state came from. */
export type BuilderSource = 'link' | 'saved' | 'default';

/** The first state, where it came from, and what had to be dropped on the way. */
export interface LoadedBuilder {
	readonly state: BuilderState;
	readonly source: BuilderSource;
	/** The saved string was not a JSON object, so nothing of it could be kept. */
	readonly corrupt: boolean;
	readonly dropped: Dropped[];
}

/** A new draft: the given answers, their recommended clauses, the page's language and no details. */
export function freshState(answers: Answers, context: BuilderContext): BuilderState {
	return { answers, clauses: context.recommend(answers), mode: context.mode, fields: {} };
}

/** Fills in what `parts` leaves out from `base`; clauses missing beside new answers are those recommended for them. */
function withParts(base: BuilderState, parts: StateParts, context: BuilderContext): BuilderState {
	const answers = parts.answers ?? base.answers;
	return {
		answers,
		clauses: parts.clauses ?? (parts.answers ? context.recommend(answers) : base.clauses),
		mode: parts.mode ?? base.mode,
		fields: parts.fields ?? base.fields,
	};
}

/**
 * The builder's first state. A link wins for what it carries (a link from the calculator brings answers only, so the
 * clauses follow them and the details already typed stay); without one, saved work; without that, a fresh draft for
 * the calculator's saved answers (`calculatorStored`), so a reader who answered there and then opens the builder from
 * the menu finds the clauses their answers call for.
 */
export function loadBuilder(search: string, stored: string | null, calculatorStored: string | null, context: BuilderContext): LoadedBuilder {
	const calculator = decodeStored(calculatorStored);
	const fresh = freshState(calculator.corrupt ? DEFAULT_ANSWERS : calculator.answers, context);
	const saved = stored === null ? null : decodeStoredBuilder(stored, context);
	const base = saved && !saved.corrupt ? withParts(fresh, saved.parts, context) : fresh;
	if (hasBuilderParams(search)) {
		const link = parseBuilderLink(search, context);
		return { state: withParts(base, link.parts, context), source: 'link', corrupt: false, dropped: link.dropped };
	}
	if (saved) return { state: base, source: 'saved', corrupt: saved.corrupt, dropped: saved.dropped };
	return { state: fresh, source: 'default', corrupt: false, dropped: [] };
}

/** Whether to save the loaded state at once: a link's state becomes the saved one, and bad saved data is replaced. */
export function shouldSaveLoaded(loaded: LoadedBuilder): boolean {
	return loaded.source === 'link' || loaded.corrupt || loaded.dropped.length > 0;
}
