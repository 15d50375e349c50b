import type { Locale } from '@/lib/i18n/locales';
import type { StatsSet } from '@/schemas/stats';
import { toCsv } from './toCsv';

/** Column names stay in English in every locale so scripts can read any edition; the cell text is localised. */
export const MARKET_CSV_HEADER = ['year', 'adoption_percent', 'company_types', 'top_services', 'source'] as const;

/** One row per year; list cells are joined with "; " (a comma would need quoting in every row). */
export function marketCsv(stats: StatsSet, locale: Locale): string {
	const rows = stats.years.map((row) => [
		row.year,
		row.adoptionPercent,
		row.companyTypes[locale].join('; '),
		row.topServices[locale].join('; '),
		stats.source[locale],
	]);
	return toCsv(MARKET_CSV_HEADER, rows);
}
