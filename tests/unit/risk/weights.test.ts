import { describe, expect, test } from 'vitest';
import { ASSETS, RISK_DIMENSIONS, RISK_LEVELS, SAFEGUARDS } from '@/lib/risk/factors';
import { dictionaries } from '@/lib/i18n/useTranslations';
import { LOCALES } from '@/lib/i18n/locales';
import { FORMULA_STEPS } from '@/lib/risk/labelKeys';
import { RISK_WEIGHTS, type PerDimension } from '@/lib/risk/weights';

const { scopeBase, locationModifier, orgModifier, assetStake, mitigation, dimensionWeight, maxBlend, levelFloor } =
	RISK_WEIGHTS;
const rows = (table: Readonly<Record<string, PerDimension>>): number[] =>
	Object.values(table).flatMap((row) => RISK_DIMENSIONS.map((d) => row[d]));
const maxOver = (table: Readonly<Record<string, PerDimension>>, d: (typeof RISK_DIMENSIONS)[number]): number =>
	Math.max(...Object.values(table).map((row) => row[d]));

describe('RISK_WEIGHTS', () => {
	test('exposure points are non-negative integers, the precondition of monotonicity', () => {
		for (const value of [scopeBase, locationModifier, orgModifier, assetStake].flatMap(rows)) {
			expect(Number.isInteger(value) && value >= 0).toBe(true);
		}
	});

	test('the worst case adds up to at most 100 per dimension, so the clamp never flattens an ordering', () => {
		for (const d of RISK_DIMENSIONS) {
			const allAssets = ASSETS.reduce((sum, asset) => sum + assetStake[asset][d], 0);
			const worst = maxOver(scopeBase, d) + maxOver(locationModifier, d) + maxOver(orgModifier, d) + allAssets;
			expect(worst, d).toBeLessThanOrEqual(100);
		}
	});

	test('every mitigation is a fraction in [0, 1) and every safeguard mitigates something', () => {
		for (const value of rows(mitigation)) expect(value >= 0 && value < 1).toBe(true);
		for (const safeguard of SAFEGUARDS) {
			expect(RISK_DIMENSIONS.some((d) => mitigation[safeguard][d] > 0), safeguard).toBe(true);
		}
	});

	test('dimension weights are positive and sum to 1; the max blend is a share', () => {
		for (const d of RISK_DIMENSIONS) expect(dimensionWeight[d]).toBeGreaterThan(0);
		expect(RISK_DIMENSIONS.reduce((sum, d) => sum + dimensionWeight[d], 0)).toBeCloseTo(1, 12);
		expect(maxBlend).toBeGreaterThanOrEqual(0);
		expect(maxBlend).toBeLessThanOrEqual(1);
	});

	test('level floors start at 0 and rise strictly within 0–100', () => {
		const floors = RISK_LEVELS.map((level) => levelFloor[level]);
		expect(floors[0]).toBe(0);
		floors.slice(1).forEach((floor, i) => expect(floor).toBeGreaterThan(floors[i] ?? Infinity));
		expect(Math.max(...floors)).toBeLessThanOrEqual(100);
	});

	test('is plain serialisable data, so the methodology page can render it', () => {
		expect(JSON.parse(JSON.stringify(RISK_WEIGHTS))).toEqual(RISK_WEIGHTS);
	});

	test.each(LOCALES)('the %s formula names every table of RISK_WEIGHTS by its key, as the tables caption it', (locale) => {
		const formula = FORMULA_STEPS.map((step) => dictionaries[locale][step.formula]).join('\n');
		for (const name of Object.keys(RISK_WEIGHTS)) expect(formula).toContain(name);
	});
});
