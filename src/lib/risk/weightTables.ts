/**
 * RISK_WEIGHTS laid out as tables for the methodology page: every number comes from the data, each cell carries
 * its path in RISK_WEIGHTS (`scopeBase.ito.ipMisuse`), and labels are dictionary keys.
 */
import type { UiKey } from '@/lib/i18n/ui/en';
import { ASSETS, LOCATIONS, ORGS, RISK_DIMENSIONS, RISK_LEVELS, SAFEGUARDS, SCOPES, type RiskDimension } from './factors';
import {
	ASSET_LABEL,
	DIMENSION_LABEL,
	LEVEL_LABEL,
	LOCATION_LABEL,
	ORG_LABEL,
	SAFEGUARD_LABEL,
	SCOPE_LABEL,
} from './labelKeys';
import { RISK_WEIGHTS, type PerDimension, type RiskWeights } from './weights';

/** One number of the model and where it lives in RISK_WEIGHTS. */
export interface WeightCell {
	readonly path: string;
	readonly value: number;
}

export interface WeightRow {
	readonly labelKey: UiKey;
	readonly cells: WeightCell[];
}

/** A table: rows of answers (one column per risk dimension) or of named values (one value column). */
export interface WeightTable {
	/** The RISK_WEIGHTS key, which is also the name the formula (calc.method.formula.*) uses. */
	readonly key: keyof RiskWeights;
	readonly captionKey: UiKey;
	/** Header of the first column. */
	readonly rowHeaderKey: UiKey;
	/** Dimension columns, or `value` for a single value column. */
	readonly columns: readonly RiskDimension[] | 'value';
	/** Points are whole numbers; fractions are shown with two decimals. */
	readonly unit: 'points' | 'fraction';
	readonly rows: WeightRow[];
}

type PerAnswerKey = 'scopeBase' | 'locationModifier' | 'orgModifier' | 'assetStake' | 'mitigation';

function perAnswer<Id extends string>(
	key: PerAnswerKey,
	captionKey: UiKey,
	ids: readonly Id[],
	labels: Readonly<Record<Id, UiKey>>,
	table: Readonly<Record<Id, PerDimension>>,
	unit: WeightTable['unit'],
): WeightTable {
	return {
		key,
		captionKey,
		rowHeaderKey: 'calc.method.column.answer',
		columns: RISK_DIMENSIONS,
		unit,
		rows: ids.map((id) => ({
			labelKey: labels[id],
			cells: RISK_DIMENSIONS.map((d) => ({ path: `${key}.${id}.${d}`, value: table[id][d] })),
		})),
	};
}

/** A table with one value column: its key, caption, first-column header and unit, then [label, path, value] rows. */
function valueTable(
	[key, captionKey, rowHeaderKey, unit]: readonly [Exclude<keyof RiskWeights, PerAnswerKey>, UiKey, UiKey, WeightTable['unit']],
	rows: readonly (readonly [UiKey, string, number])[],
): WeightTable {
	return {
		key,
		captionKey,
		rowHeaderKey,
		columns: 'value',
		unit,
		rows: rows.map(([labelKey, path, value]) => ({ labelKey, cells: [{ path, value }] })),
	};
}

/** Every weight of `weights` exactly once, in the order the formula uses them. */
export function weightTables(weights: RiskWeights = RISK_WEIGHTS): WeightTable[] {
	return [
		perAnswer('scopeBase', 'calc.method.table.scopeBase', SCOPES, SCOPE_LABEL, weights.scopeBase, 'points'),
		perAnswer('locationModifier', 'calc.method.table.locationModifier', LOCATIONS, LOCATION_LABEL, weights.locationModifier, 'points'),
		perAnswer('orgModifier', 'calc.method.table.orgModifier', ORGS, ORG_LABEL, weights.orgModifier, 'points'),
		perAnswer('assetStake', 'calc.method.table.assetStake', ASSETS, ASSET_LABEL, weights.assetStake, 'points'),
		perAnswer('mitigation', 'calc.method.table.mitigation', SAFEGUARDS, SAFEGUARD_LABEL, weights.mitigation, 'fraction'),
		valueTable(
			['dimensionWeight', 'calc.method.table.dimensionWeight', 'calc.method.column.dimension', 'fraction'],
			RISK_DIMENSIONS.map((d) => [DIMENSION_LABEL[d], `dimensionWeight.${d}`, weights.dimensionWeight[d]]),
		),
		valueTable(
			['maxBlend', 'calc.method.table.maxBlend', 'calc.method.column.weight', 'fraction'],
			[['calc.method.maxBlend', 'maxBlend', weights.maxBlend]],
		),
		valueTable(
			['levelFloor', 'calc.method.table.levelFloor', 'calc.method.column.level', 'points'],
			RISK_LEVELS.map((level) => [LEVEL_LABEL[level], `levelFloor.${level}`, weights.levelFloor[level]]),
		),
	];
}
