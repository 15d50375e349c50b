/**
 * The calculator's shared state (Astro recipe "Share state between Astro components"): the answers as a nanostores
 * map, the result computed from them, and what loading had to drop. `createRiskStore` builds it from what it is given
 * (the address, storage, history), so tests can hand it fakes; the islands share one store, `riskStore()`, made from
 * the browser's own on first use rather than when the module is imported. Every decision lives in src/lib/risk; this
 * module only wires the URL and storage to it, each access guarded.
 *
 * Not @nanostores/persistent (1.3.5, tried 2026-12-03): its stores write storage by assignment without a guard, so a
 * full or refused storage throws out of `set` and the answer is lost on the page too; it cannot say whether a write
 * succeeded (a shared link stays in the address bar until its answers are saved) or that a stored value was corrupt
 * (the notice); and it would add its own code to a page whose JavaScript budget has no room for it.
 */
import { atom, computed, map } from 'nanostores';
import { DEFAULT_ANSWERS, type Answers } from '@/lib/risk/factors';
import { loadAnswers, shouldStore, type LoadedAnswers } from '@/lib/risk/loadAnswers';
import { scoreRisk } from '@/lib/risk/scoreRisk';
import { queryAfterLoad } from '@/lib/risk/shareUrl';
import { decodeStored, encodeStored, STORAGE_KEY } from '@/lib/risk/storedAnswers';
import { browserEnvironment, guardStorage, type StoreEnvironment } from './browserEnvironment';

/** What the store reads and writes outside itself (src/stores/browserEnvironment.ts). */
export type RiskStoreEnvironment = StoreEnvironment;

export function createRiskStore(environment: RiskStoreEnvironment) {
	// Storage can be missing or throw: the calculator then simply forgets.
	const storage = guardStorage(environment.storage);
	/** Saves the answers; false when storage refused them (they then still work on this page). */
	const writeStored = (answers: Answers): boolean => storage.write(STORAGE_KEY, encodeStored(answers));

	const loaded = loadAnswers(environment.search, storage.read(STORAGE_KEY) ?? null);
	/** The current answers. */
	const $answers = map<Answers>({ ...loaded.answers });
	/** Scores and ranked recommendations of the current answers. */
	const $result = computed($answers, scoreRisk);
	/** How the first answers were loaded, for the notice about what was ignored; null once the reader starts over. */
	const $loaded = atom<LoadedAnswers | null>(loaded);

	const saved = shouldStore(loaded) && writeStored(loaded.answers);
	if ((loaded.source === 'link' && saved) || loaded.linkSetAside) {
		// The link's answers are now the saved ones (or it had none to use): drop them from the address bar so a reload
		// keeps later changes. If storage refused them, the address bar is all that keeps them, so it stays as it is.
		try {
			environment.replaceQuery(queryAfterLoad(environment.search));
		} catch {
			// The link then simply applies again on reload.
		}
	}
	$answers.listen((answers) => {
		writeStored(answers);
	});

	// Another tab changed (or cleared) the saved answers, or may have while this page sat in the back/forward cache:
	// follow it, so two tabs never overwrite each other's answers. Answers that are already these change nothing (and
	// setting the same answers back would write an identical value, which raises no further storage event).
	environment.onOtherTab(STORAGE_KEY, (newValue) => {
		if (newValue === encodeStored($answers.get())) return;
		const next = decodeStored(newValue);
		if (next.corrupt) return;
		$loaded.set(null);
		$answers.set({ ...next.answers });
	});

	/** Replaces one answer. */
	const setAnswer = <K extends keyof Answers>(field: K, value: Answers[K]): void => {
		// This signature is the type check: nanostores types setKey's value with a conditional type that
		// TypeScript cannot resolve for a generic key.
		$answers.setKey(field, value as never);
	};
	/** Forgets everything: the defaults again, nothing stored, no notice. */
	const startOver = (): void => {
		$loaded.set(null);
		$answers.set({ ...DEFAULT_ANSWERS });
		storage.remove(STORAGE_KEY);
	};
	return { $answers, $result, $loaded, setAnswer, startOver };
}

export type RiskStore = ReturnType<typeof createRiskStore>;

let shared: RiskStore | undefined;

/** The page's one store, shared by the calculator's islands: made from the browser's address and storage on first use. */
export function riskStore(): RiskStore {
	shared ??= createRiskStore(browserEnvironment());
	return shared;
}
