// The interactive chart's data comes from the table already in the page, never from a second copy.
import { formatPercent } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { AdoptionPoint } from '@/lib/stats/adoptionTrend';

/** One table row as the page carries it: the `data-year` and `data-value` attributes, read as text. */
export interface AdoptionRowAttributes {
	year: string | null | undefined;
	value: string | null | undefined;
}

/**
 * Turns the table's data attributes into chart points. Throws on a row it cannot read, so the island
 * leaves the table alone instead of drawing a chart that disagrees with it.
 */
export function readAdoptionPoints(rows: readonly AdoptionRowAttributes[]): AdoptionPoint[] {
	if (rows.length === 0) throw new Error('The adoption table has no rows.');
	return rows.map((row, i) => {
		const year = Number(row.year);
		const adoptionPercent = Number(row.value);
		if (!row.year || !Number.isInteger(year)) throw new Error(`Adoption table row ${i + 1} has no valid data-year.`);
		if (!row.value || !Number.isFinite(adoptionPercent) || adoptionPercent < 0 || adoptionPercent > 100) {
			throw new Error(`Adoption table row ${i + 1} (${year}) has no valid data-value.`);
		}
		return { year, adoptionPercent };
	});
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
