/** Test helper: reproducible random answers (seeded), including the messy orders and duplicates a UI might produce. */
import { ASSETS, LOCATIONS, ORGS, SAFEGUARDS, SCOPES, type Answers } from '@/lib/risk/factors';
import { at } from './enumerate';

/** A seeded PRNG (mulberry32) returning floats in [0, 1), so failures are reproducible. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** One random element. */
export function pick<T>(random: () => number, list: readonly T[]): T {
	return at(list, Math.floor(random() * list.length));
}

/** A random subset in random order, some items repeated. */
function messySubset<T>(random: () => number, ids: readonly T[]): T[] {
	const chosen = ids.filter(() => random() < 0.5);
	const withRepeats = chosen.flatMap((id) => (random() < 0.2 ? [id, id] : [id]));
	return withRepeats.sort(() => random() - 0.5);
}

/** Random answers whose lists may be unordered and contain duplicates. */
export function randomAnswers(random: () => number): Answers {
	return {
		scope: pick(random, SCOPES),
		location: pick(random, LOCATIONS),
		org: pick(random, ORGS),
		share: messySubset(random, ASSETS),
		safeguards: messySubset(random, SAFEGUARDS),
	};
}

/** The same answers with lists de-duplicated in canonical order, as every parser returns them. */
export function canonical(answers: Answers): Answers {
	return {
		...answers,
		share: ASSETS.filter((asset) => answers.share.includes(asset)),
		safeguards: SAFEGUARDS.filter((safeguard) => answers.safeguards.includes(safeguard)),
	};
}

/** Answers that differ from the defaults in exactly one field, for every option of every field. */
export function singleFieldAnswers(defaults: Answers): Answers[] {
	return [
		...SCOPES.map((scope) => ({ ...defaults, scope })),
		...LOCATIONS.map((location) => ({ ...defaults, location })),
		...ORGS.map((org) => ({ ...defaults, org })),
		...ASSETS.map((asset) => ({ ...defaults, share: [asset] })),
		...SAFEGUARDS.map((safeguard) => ({ ...defaults, safeguards: [safeguard] })),
	];
}
