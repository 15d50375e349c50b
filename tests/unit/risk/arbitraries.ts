/**
 * fast-check arbitraries for the calculator's answers, built from the ids in src/lib/risk/factors.ts: properties run
 * over the whole input space, and a failure shrinks to the smallest answers that break them.
 */
import fc from 'fast-check';
import { ASSETS, LOCATIONS, ORGS, SAFEGUARDS, SCOPES, type Answers } from '@/lib/risk/factors';

/** Any answers in canonical form: each list a subset of its ids, in their order, without repeats. */
export const answers: fc.Arbitrary<Answers> = fc.record({
	scope: fc.constantFrom(...SCOPES),
	location: fc.constantFrom(...LOCATIONS),
	org: fc.constantFrom(...ORGS),
	share: fc.subarray([...ASSETS]),
	safeguards: fc.subarray([...SAFEGUARDS]),
});

/** The same items in any order, some of them repeated, as a form or a hand-edited link may list them. */
function shuffledWithRepeats<T>(items: readonly T[]): fc.Arbitrary<T[]> {
	if (items.length === 0) return fc.constant([]);
	return fc.array(fc.constantFrom(...items), { maxLength: items.length }).chain((repeats) => {
		const all = [...items, ...repeats];
		return fc.shuffledSubarray(all, { minLength: all.length });
	});
}

/**
 * Canonical answers together with a messy way of writing them (lists reordered, ids repeated): whatever reads the
 * messy ones must give back the canonical ones, which the generator knows without computing them.
 */
export const messyAnswers: fc.Arbitrary<{ canonical: Answers; messy: Answers }> = answers.chain((canonical) =>
	fc
		.record({ share: shuffledWithRepeats(canonical.share), safeguards: shuffledWithRepeats(canonical.safeguards) })
		.map((lists) => ({ canonical, messy: { ...canonical, ...lists } })),
);

/** Strings made of the pieces a parser has to cope with, `tokens`, in any order and number. */
export const junk = (tokens: readonly string[], maxLength: number): fc.Arbitrary<string> =>
	fc.array(fc.constantFrom(...tokens), { maxLength }).map((parts) => parts.join(''));

/** Answers that differ from `base` in exactly one field, for every option of every field (a fixed list, not random). */
export function singleFieldChanges(base: Answers): Answers[] {
	return [
		...SCOPES.map((scope) => ({ ...base, scope })),
		...LOCATIONS.map((location) => ({ ...base, location })),
		...ORGS.map((org) => ({ ...base, org })),
		...ASSETS.map((asset) => ({ ...base, share: [asset] })),
		...SAFEGUARDS.map((safeguard) => ({ ...base, safeguards: [safeguard] })),
	];
}
