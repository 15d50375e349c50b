// The interactive chart's data comes from the data set, handed to the island by the page (`data-chart`), never read
// back from the table's cells.
import { formatPercent } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { AdoptionPoint } from '@/lib/stats/adoptionTrend';

/** What the interactive chart draws: each year's figure and, for each, its change on the year before as the table words it. */
export interface AdoptionSeries {
	points: AdoptionPoint[];
	changes: string[];
}

/**
 * Reads the series the page carries as JSON. Throws on anything it cannot draw faithfully, so the island leaves the
 * build-time chart alone instead of drawing one that disagrees with the table.
 */
export function readAdoptionSeries(json: string | undefined): AdoptionSeries {
	if (json === undefined) throw new Error('The chart has no data-chart attribute.');
	const parsed: unknown = JSON.parse(json);
	const { points, changes } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
	if (!Array.isArray(points) || points.length === 0) throw new Error('The chart data has no points.');
	if (!Array.isArray(changes) || changes.length !== points.length || !changes.every((change) => typeof change === 'string')) {
		throw new Error('The chart data needs one change text per point.');
	}
	return {
		points: points.map((point: unknown, i) => {
			const { year, adoptionPercent } = (typeof point === 'object' && point !== null ? point : {}) as Record<string, unknown>;
			if (typeof year !== 'number' || !Number.isInteger(year)) throw new Error(`Chart point ${i + 1} has no valid year.`);
			if (typeof adoptionPercent !== 'number' || !Number.isFinite(adoptionPercent) || adoptionPercent < 0 || adoptionPercent > 100) {
				throw new Error(`Chart point ${i + 1} (${year}) has no valid percentage.`);
			}
			return { year, adoptionPercent };
		}),
		changes,
	};
}

/** "2021: 45%, 2022: 52%, …" in the locale's number format: the figures a reader would see on the bars. */
export function describeValues(points: readonly AdoptionPoint[], locale: Locale): string {
	return points.map((point) => `${point.year}: ${formatPercent(point.adoptionPercent, locale)}`).join(', ');
}

/**
 * The canvas's accessible name, generated from the data: fills `{values}` in the localised template
 * (`stats.chart.label`), e.g. "Bar chart of … by year: 2021: 45%, 2022: 52%, …".
 */
export function describeAdoptionChart(template: string, points: readonly AdoptionPoint[], locale: Locale): string {
	const values = describeValues(points, locale);
	return template.includes('{values}') ? template.replace('{values}', values) : `${template} ${values}`.trim();
}
