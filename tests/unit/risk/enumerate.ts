/**
 * Test helper: every possible Answers as a dense index, so results can be precomputed into typed arrays
 * and neighbours ("same answers plus one safeguard") are found by arithmetic instead of lookups.
 */
import { ASSETS, LOCATIONS, ORGS, SAFEGUARDS, SCOPES, type Answers } from '@/lib/risk/factors';

/** One combination: an option index per single-choice field and a bitmask per list (bit i ⇔ i-th id). */
export interface Combo {
	readonly scope: number;
	readonly location: number;
	readonly org: number;
	readonly shareMask: number;
	readonly safeguardMask: number;
}

// Safeguards vary fastest, so "the same answers plus safeguard i" is `index | (1 << i)`.
const SAFEGUARD_COMBOS = 2 ** SAFEGUARDS.length;
const SHARE_COMBOS = 2 ** ASSETS.length;

/** Index distance between neighbours along each field. */
export const STRIDE = {
	safeguards: 1,
	share: SAFEGUARD_COMBOS,
	org: SAFEGUARD_COMBOS * SHARE_COMBOS,
	location: SAFEGUARD_COMBOS * SHARE_COMBOS * ORGS.length,
	scope: SAFEGUARD_COMBOS * SHARE_COMBOS * ORGS.length * LOCATIONS.length,
} as const;

/** Size of the whole input space. */
export const COMBO_COUNT = STRIDE.scope * SCOPES.length;

/** The combination at an index. */
export function decode(index: number): Combo {
	return {
		scope: Math.floor(index / STRIDE.scope),
		location: Math.floor(index / STRIDE.location) % LOCATIONS.length,
		org: Math.floor(index / STRIDE.org) % ORGS.length,
		shareMask: Math.floor(index / STRIDE.share) % SHARE_COMBOS,
		safeguardMask: index % SAFEGUARD_COMBOS,
	};
}

/** The ids whose bits are set, in canonical order. */
export function idsInMask<T>(ids: readonly T[], mask: number): T[] {
	return ids.filter((_, i) => (mask & (1 << i)) !== 0);
}

/** The answers of a combination. */
export function answersFor(combo: Combo): Answers {
	return {
		scope: at(SCOPES, combo.scope),
		location: at(LOCATIONS, combo.location),
		org: at(ORGS, combo.org),
		share: idsInMask(ASSETS, combo.shareMask),
		safeguards: idsInMask(SAFEGUARDS, combo.safeguardMask),
	};
}

/** Every combination of the input space, in index order. */
export function* allCombos(): Generator<{ index: number; combo: Combo; answers: Answers }> {
	for (let index = 0; index < COMBO_COUNT; index++) {
		const combo = decode(index);
		yield { index, combo, answers: answersFor(combo) };
	}
}

/** Element i of a list, failing loudly instead of returning undefined. */
export function at<T>(list: ArrayLike<T>, i: number): T {
	const item = list[i];
	if (item === undefined) throw new RangeError(`no item ${i}`);
	return item;
}
