/**
 * The contract builder's shared state (the calculator's pattern, src/stores/riskAnswers.ts): what the reader chose as
 * a nanostores map, what follows from it (the schedule's layout, each detail checked, the recommended clauses), and
 * what loading had to drop. `createBuilderStore` builds it from what it is given (the address, storage, other tabs and
 * the page's clause data), so tests hand it fakes; the islands share one store, `builderStore()`, made from the
 * browser's on first use. Unlike the calculator's answers, a draft does not follow other tabs: a half-typed detail
 * replaced under the reader's cursor would lose their work; the tab changed last is the one a reload finds. Every decision lives in src/lib/clauses; this module only wires the URL and storage to it.
 */
import { atom, computed, map } from 'nanostores';
import { encodeStoredBuilder, freshState, loadBuilder, shouldSaveLoaded, BUILDER_STORAGE_KEY } from '@/lib/clauses/builderState';
import type { BuilderContext, BuilderState, LanguageMode, LoadedBuilder } from '@/lib/clauses/builderState';
import { checkField, type FieldCheck } from '@/lib/clauses/fieldValues';
import { FIELD_IDS, type FieldId } from '@/lib/clauses/fields';
import { recommendClauses, recommendedIds, type ClauseRule } from '@/lib/clauses/recommend';
import { layoutSchedule, type ScheduleIndex } from '@/lib/clauses/schedule';
import { queryAfterLoad } from '@/lib/risk/shareUrl';
import { STORAGE_KEY as CALCULATOR_STORAGE_KEY } from '@/lib/risk/storedAnswers';
import { browserEnvironment, guardStorage, type StoreEnvironment } from './browserEnvironment';

/** The clause data the page prerendered the builder from (its `#builder-data` JSON). */
export interface BuilderData {
	index: ScheduleIndex;
	rules: ClauseRule[];
	/** The page's language: a new draft starts in it. */
	mode: LanguageMode;
}

export interface BuilderEnvironment extends StoreEnvironment {
	data: BuilderData;
}

export function createBuilderStore(environment: BuilderEnvironment) {
	const { data } = environment;
	const storage = guardStorage(environment.storage);
	const read = (key: string): string | null => storage.read(key) ?? null;
	/** Saves the state; false when storage refused it (the draft then still works on this page). */
	const save = (state: BuilderState): boolean => storage.write(BUILDER_STORAGE_KEY, encodeStoredBuilder(state));
	const context: BuilderContext = {
		clauseIds: data.index.clauses.map((c) => c.id),
		recommend: (answers) => recommendedIds(data.rules, answers),
		mode: data.mode,
	};

	const loaded = loadBuilder(environment.search, read(BUILDER_STORAGE_KEY), read(CALCULATOR_STORAGE_KEY), context);
	/** What the reader chose. */
	const $state = map<BuilderState>({ ...loaded.state });
	/** How the first state was loaded, for the notice about what was dropped; null once the reader starts over. */
	const $loaded = atom<LoadedBuilder | null>(loaded);
	/** The schedule's parts, numbers, footnotes and the details it asks for. */
	const $layout = computed($state, (state) => layoutSchedule(data.index, state.clauses));
	/** Every detail checked. */
	const $checks = computed($state, (state) => Object.fromEntries(FIELD_IDS.map((id) => [id, checkField(id, state.fields[id] ?? '')])) as Record<FieldId, FieldCheck>);
	/** The clauses the answers call for, each with its reasons. */
	const $recommended = computed($state, (state) => recommendClauses(data.rules, state.answers));

	const saved = shouldSaveLoaded(loaded) && save(loaded.state);
	if (loaded.source === 'link' && saved) {
		// As in the calculator: the link's state is now the saved one, so a reload keeps later changes; if storage
		// refused it, the address bar is all that keeps it, so it stays.
		try {
			environment.replaceQuery(queryAfterLoad(environment.search));
		} catch {
			// The link then simply applies again on reload.
		}
	}
	$state.listen((state) => {
		save(state);
	});

	/** Replaces one detail with what the reader typed. */
	const setField = (id: FieldId, raw: string): void => {
		const { [id]: _, ...others } = $state.get().fields;
		$state.setKey('fields', raw.trim() === '' ? others : { ...others, [id]: raw });
	};
	/** Ticks or unticks a clause (the list stays in library order). */
	const setClause = (id: string, ticked: boolean): void => {
		const clauses = new Set($state.get().clauses);
		if (ticked) clauses.add(id);
		else clauses.delete(id);
		$state.setKey(
			'clauses',
			context.clauseIds.filter((known) => clauses.has(known)),
		);
	};
	const setMode = (mode: LanguageMode): void => {
		$state.setKey('mode', mode);
	};
	/** A fresh draft for the same answers: their clauses, the page's language, no details; no notice. */
	const startOver = (): void => {
		$loaded.set(null);
		$state.set(freshState($state.get().answers, context));
	};
	return { $state, $loaded, $layout, $checks, $recommended, setField, setClause, setMode, startOver, context };
}

export type BuilderStore = ReturnType<typeof createBuilderStore>;

/** The clause data the page prerendered into `<script type="application/json" id="builder-data">`. */
function pageData(): BuilderData {
	const json = document.getElementById('builder-data')?.textContent;
	if (!json) throw new Error('the contract builder needs its #builder-data in the page');
	return JSON.parse(json) as BuilderData;
}

let shared: BuilderStore | undefined;

/** The page's one store, shared by the builder's islands: made from the browser's address, storage and page data on first use. */
export function builderStore(): BuilderStore {
	if (!shared) {
		const store = createBuilderStore({ ...browserEnvironment(), data: pageData() });
		// Going back to this page, Chromium puts back the boxes, choices and lists as they were when the reader left,
		// after the islands have drawn the saved draft (another tab may have changed it since): every island draws the
		// draft again, so the controls never contradict the preview.
		addEventListener('pageshow', () => {
			store.$state.set({ ...store.$state.get() });
		});
		shared = store;
	}
	return shared;
}
