/**
 * The calculator's shared state (Astro recipe "Share state between Astro components"): the answers as a nanostores
 * map, the result computed from them, and what loading had to drop. Browser-only: it loads once, when the first island
 * imports it (a shared link wins, then saved answers, then the defaults), and saves every change to localStorage.
 * Every decision lives in src/lib/risk; this module only touches the URL and storage, each access guarded.
 */
import { atom, computed, map } from 'nanostores';
import { DEFAULT_ANSWERS, type Answers } from '@/lib/risk/factors';
import { loadAnswers, queryAfterLoad, shouldStore, type LoadedAnswers } from '@/lib/risk/loadAnswers';
import { scoreRisk } from '@/lib/risk/scoreRisk';
import { decodeStored, encodeStored, STORAGE_KEY } from '@/lib/risk/storedAnswers';

// Storage can be missing or throw (privacy modes, quota, disabled cookies): the calculator then simply forgets.
function readStored(): string | null {
	try {
		return localStorage.getItem(STORAGE_KEY);
	} catch {
		return null;
	}
}

/** Saves the answers; false when storage refused them (they then still work on this page). */
function writeStored(answers: Answers): boolean {
	try {
		localStorage.setItem(STORAGE_KEY, encodeStored(answers));
		return true;
	} catch {
		return false;
	}
}

function clearStored(): void {
	try {
		localStorage.removeItem(STORAGE_KEY);
	} catch {
		// Nothing could be saved either.
	}
}

const loaded = loadAnswers(location.search, readStored());

/** The current answers. */
export const $answers = map<Answers>({ ...loaded.answers });

/** Scores and ranked recommendations of the current answers. */
export const $result = computed($answers, scoreRisk);

/** How the first answers were loaded, for the notice about what was ignored; null once the reader starts over. */
export const $loaded = atom<LoadedAnswers | null>(loaded);

const saved = shouldStore(loaded) && writeStored(loaded.answers);
if (loaded.source === 'link' && saved) {
	// The link's answers are now the saved ones: drop them from the address bar so a reload keeps later changes.
	// If storage refused them, the address bar is all that keeps them, so it stays as it is.
	try {
		history.replaceState(history.state, '', `${location.pathname}${queryAfterLoad(location.search)}${location.hash}`);
	} catch {
		// Some embedded browsers forbid it; the link then simply applies again on reload.
	}
}
$answers.listen((answers) => {
	writeStored(answers);
});

// Another tab changed (or cleared) the saved answers: follow it, so two tabs never overwrite each other's answers.
// Setting the same answers back here writes an identical value, which raises no further storage event.
addEventListener('storage', (event) => {
	if (event.key !== STORAGE_KEY && event.key !== null) return;
	const next = decodeStored(event.newValue);
	if (next.corrupt) return;
	$loaded.set(null);
	$answers.set({ ...next.answers });
});

/** Replaces one answer. */
export function setAnswer<K extends keyof Answers>(field: K, value: Answers[K]): void {
	// This signature is the type check: nanostores types setKey's value with a conditional type that
	// TypeScript cannot resolve for a generic key.
	$answers.setKey(field, value as never);
}

/** Forgets everything: the defaults again, nothing stored, no notice. */
export function startOver(): void {
	$loaded.set(null);
	$answers.set({ ...DEFAULT_ANSWERS });
	clearStored();
}
