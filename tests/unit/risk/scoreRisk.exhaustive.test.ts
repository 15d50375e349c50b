/**
 * Proves the model's invariants over the whole input space
 * (4 scopes × 3 locations × 5 orgs × 2^5 share subsets × 2^9 safeguard subsets).
 * scoreRisk runs once per combination; the results go into typed arrays indexed like enumerate.ts,
 * so each property is a cheap pass over those arrays.
 */
import { describe, expect, test } from 'vitest';
import { LOCATIONS, ORGS, RISK_DIMENSIONS, SAFEGUARDS, SCOPES, type RiskDimension } from '@/lib/risk/factors';
import { levelFor, scoreRisk } from '@/lib/risk/scoreRisk';
import { allCombos, at, COMBO_COUNT, STRIDE } from './enumerate';

const DIMENSION_COUNT = RISK_DIMENSIONS.length;
const SAFEGUARD_COUNT = SAFEGUARDS.length;
const SAFEGUARD_MASK = 2 ** SAFEGUARD_COUNT - 1;
const DIMENSION_INDEX = Object.fromEntries(RISK_DIMENSIONS.map((d, i) => [d, i])) as Record<RiskDimension, number>;

/** Every result of scoreRisk, flattened; indexes follow enumerate.ts. */
interface ResultTable {
	/** [index × DIMENSION_COUNT + d] */
	readonly scores: Uint8Array;
	readonly overall: Uint8Array;
	/** [index × SAFEGUARD_COUNT + s]: the recommended reduction, 0 when not recommended. */
	readonly reduction: Uint8Array;
	/** [index × SAFEGUARD_COUNT + s]: bit d set ⇔ the recommendation lists dimension d. */
	/** Shape violations seen while filling the table (ranges, levels, ordering of recommendations). */
	readonly shapeFailures: readonly string[];
}

/** Runs a check and returns its first few failure messages, so a broken invariant cannot print a million lines. */
function failuresOf(check: (fail: (message: string) => void) => void): string[] {
	const failures: string[] = [];
	check((message) => {
		if (failures.length < 10) failures.push(message);
	});
	return failures;
}

const isScore = (value: number): boolean => Number.isInteger(value) && value >= 0 && value <= 100;

function buildTable(): ResultTable {
	const scores = new Uint8Array(COMBO_COUNT * DIMENSION_COUNT);
	const overall = new Uint8Array(COMBO_COUNT);
	const reduction = new Uint8Array(COMBO_COUNT * SAFEGUARD_COUNT);
	const shapeFailures = failuresOf((fail) => {
		for (const { index, combo, answers } of allCombos()) {
			const result = scoreRisk(answers);
			const where = (): string => JSON.stringify(answers);
			RISK_DIMENSIONS.forEach((d, di) => {
				if (!isScore(result.scores[d])) fail(`${d} = ${result.scores[d]} for ${where()}`);
				scores[index * DIMENSION_COUNT + di] = result.scores[d];
			});
			if (!isScore(result.overall)) fail(`overall = ${result.overall} for ${where()}`);
			if (result.level !== levelFor(result.overall)) fail(`level ${result.level} for ${where()}`);
			overall[index] = result.overall;

			let previous: { reduction: number; s: number } | undefined;
			for (const recommendation of result.recommendations) {
				const s = SAFEGUARDS.indexOf(recommendation.safeguard);
				const slot = index * SAFEGUARD_COUNT + s;
				if ((combo.safeguardMask & (1 << s)) !== 0) fail(`held ${recommendation.safeguard} recommended for ${where()}`);
				if (!Number.isInteger(recommendation.reduction) || recommendation.reduction <= 0)
					fail(`reduction ${recommendation.reduction} for ${where()}`);
				if (
					previous !== undefined &&
					(previous.reduction < recommendation.reduction ||
						(previous.reduction === recommendation.reduction && previous.s >= s))
				)
					fail(`recommendations out of order for ${where()}`);
				reduction[slot] = recommendation.reduction;
				previous = { reduction: recommendation.reduction, s };
			}
		}
	});
	return { scores, overall, reduction, shapeFailures };
}

let cachedTable: ResultTable | undefined;
/** Built on first use, then shared by every test in this file. */
const table = (): ResultTable => (cachedTable ??= buildTable());

const score = (index: number, d: RiskDimension): number =>
	at(table().scores, index * DIMENSION_COUNT + DIMENSION_INDEX[d]);
const overallAt = (index: number): number => at(table().overall, index);
const isBaseline = (index: number): boolean => (index & SAFEGUARD_MASK) === 0;

/** Calls visit(index, neighbour) for every index whose `field` option is `from`, paired with the same answers at `to`. */
function forEachPair(
	field: 'scope' | 'location' | 'org',
	count: number,
	from: number,
	to: number,
	visit: (index: number, neighbour: number) => void,
): void {
	for (let index = 0; index < COMBO_COUNT; index++) {
		if (Math.floor(index / STRIDE[field]) % count === from) visit(index, index + (to - from) * STRIDE[field]);
	}
}

describe('scoreRisk over every combination of answers', { timeout: 120_000 }, () => {
	test(`all ${COMBO_COUNT} combinations give integer scores in [0, 100], the matching level and well-formed recommendations`, () => {
		expect(COMBO_COUNT).toBe(983_040);
		expect(table().shapeFailures).toEqual([]);
	});

	test('each recommendation is exactly the overall drop of adding that safeguard, and every non-zero drop is recommended', () => {
		const { reduction } = table();
		const failures = failuresOf((fail) => {
			for (let index = 0; index < COMBO_COUNT; index++) {
				SAFEGUARDS.forEach((safeguard, s) => {
					const bit = 1 << s;
					if ((index & bit) !== 0) return;
					const slot = index * SAFEGUARD_COUNT + s;
					const withIt = index | bit;
					if (at(reduction, slot) !== overallAt(index) - overallAt(withIt)) fail(`${safeguard} at ${index}`);
				});
			}
		});
		expect(failures).toEqual([]);
	});

	test('adding any one safeguard never raises a dimension score or the overall', () => {
		const failures = failuresOf((fail) => {
			for (let index = 0; index < COMBO_COUNT; index++) {
				for (let s = 0; s < SAFEGUARD_COUNT; s++) {
					const withIt = index | (1 << s);
					if (withIt === index) continue;
					if (overallAt(withIt) > overallAt(index)) fail(`overall rises with ${at(SAFEGUARDS, s)} at ${index}`);
					for (const d of RISK_DIMENSIONS) {
						if (score(withIt, d) > score(index, d)) fail(`${d} rises with ${at(SAFEGUARDS, s)} at ${index}`);
					}
				}
			}
		});
		expect(failures).toEqual([]);
	});

	test('moving onshore → nearshore → offshore never lowers IP misuse, enforceability or overall (and raises the first two without safeguards)', () => {
		const failures = failuresOf((fail) => {
			for (let from = 0; from + 1 < LOCATIONS.length; from++) {
				forEachPair('location', LOCATIONS.length, from, from + 1, (index, further) => {
					if (overallAt(further) < overallAt(index)) fail(`overall drops at ${index}`);
					for (const d of ['ipMisuse', 'enforceability'] as const) {
						if (score(further, d) < score(index, d)) fail(`${d} drops at ${index}`);
						if (isBaseline(index) && score(further, d) <= score(index, d)) fail(`${d} not higher at ${index}`);
					}
				});
			}
		});
		expect(failures).toEqual([]);
	});

	test('sharing one more asset never lowers IP misuse or overall', () => {
		const failures = failuresOf((fail) => {
			for (let index = 0; index < COMBO_COUNT; index++) {
				const shareMask = Math.floor(index / STRIDE.share) % 2 ** 5;
				for (let a = 0; a < 5; a++) {
					if ((shareMask & (1 << a)) !== 0) continue;
					const more = index + (1 << a) * STRIDE.share;
					if (score(more, 'ipMisuse') < score(index, 'ipMisuse')) fail(`ipMisuse drops at ${index}`);
					if (overallAt(more) < overallAt(index)) fail(`overall drops at ${index}`);
				}
			}
		});
		expect(failures).toEqual([]);
	});

	test('risk never reaches zero: every overall is ≥ 1, and with nothing shared hidden costs and unqualified personnel stay > 0', () => {
		const failures = failuresOf((fail) => {
			for (let index = 0; index < COMBO_COUNT; index++) {
				if (overallAt(index) < 1) fail(`overall 0 at ${index}`);
				const sharesNothing = Math.floor(index / STRIDE.share) % 2 ** 5 === 0;
				if (sharesNothing && (score(index, 'hiddenCosts') === 0 || score(index, 'unqualifiedPersonnel') === 0))
					fail(`zero operational risk at ${index}`);
			}
		});
		expect(failures).toEqual([]);
	});

	/** `extreme` scores ≥ (or ≤ for 'lowest') every other option, strictly at the no-safeguard baseline except against `tiesWith`. */
	interface Ordering {
		readonly field: 'scope' | 'location' | 'org';
		readonly extreme: string;
		readonly direction: 'highest' | 'lowest';
		readonly dimension: RiskDimension;
		readonly tiesWith?: readonly string[];
	}
	const OPTIONS = { scope: SCOPES, location: LOCATIONS, org: ORGS } as const;
	const orderings: readonly Ordering[] = [
		{ field: 'scope', extreme: 'ito', direction: 'highest', dimension: 'ipMisuse' },
		{ field: 'org', extreme: 'startup', direction: 'highest', dimension: 'ipMisuse', tiesWith: ['rnd'] },
		{ field: 'org', extreme: 'rnd', direction: 'highest', dimension: 'ipMisuse', tiesWith: ['startup'] },
		{ field: 'scope', extreme: 'bpo', direction: 'highest', dimension: 'hiddenCosts' },
		{ field: 'org', extreme: 'sme', direction: 'highest', dimension: 'hiddenCosts' },
		{ field: 'scope', extreme: 'kpo', direction: 'highest', dimension: 'unqualifiedPersonnel' },
		{ field: 'org', extreme: 'large', direction: 'highest', dimension: 'unqualifiedPersonnel' },
		{ field: 'location', extreme: 'offshore', direction: 'highest', dimension: 'enforceability' },
		{ field: 'location', extreme: 'onshore', direction: 'lowest', dimension: 'enforceability' },
	];

	test.each(orderings)('$extreme has the $direction $dimension of every $field', (ordering) => {
		const options: readonly string[] = OPTIONS[ordering.field];
		const from = options.indexOf(ordering.extreme);
		expect(from).toBeGreaterThanOrEqual(0);
		const sign = ordering.direction === 'highest' ? 1 : -1;
		const failures = failuresOf((fail) => {
			options.forEach((other, to) => {
				if (to === from) return;
				const strict = !(ordering.tiesWith ?? []).includes(other);
				forEachPair(ordering.field, options.length, from, to, (index, otherIndex) => {
					const margin = sign * (score(index, ordering.dimension) - score(otherIndex, ordering.dimension));
					if (margin < 0 || (strict && isBaseline(index) && margin === 0)) fail(`vs ${other} at ${index}`);
				});
			});
		});
		expect(failures).toEqual([]);
	});
});
