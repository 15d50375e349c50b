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
import { encodeStored, STORAGE_KEY } from '@/lib/risk/storedAnswers';

// Storage can be missing or throw (privacy modes, quota, disabled cookies): the calculator then simply forgets.
function readStored(): string | null {
	try {
		return localStorage.getItem(STORAGE_KEY);
	} catch {
		return null;
	}
}

function writeStored(answers: Answers): void {
	try {
		localStorage.setItem(STORAGE_KEY, encodeStored(answers));
	} catch {
		// Not saved; the answers still work on this page.
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

if (shouldStore(loaded)) writeStored(loaded.answers);
if (loaded.source === 'link') {
	// The link's answers are now the saved ones: drop them from the address bar so a reload keeps later changes.
	try {
		history.replaceState(history.state, '', `${location.pathname}${queryAfterLoad(location.search)}${location.hash}`);
	} catch {
		// Some embedded browsers forbid it; the link then simply applies again on reload.
	}
}
$answers.listen(writeStored);

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
