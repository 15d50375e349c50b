import { z } from 'astro/zod';
import { localized, localizedList } from './localized';

/** One year of the Bulgarian outsourcing market. */
export const marketYearSchema = z.strictObject({
	/** Calendar year the row describes. */
	year: z.number().int().min(2000).max(2100),
	/** Share of Bulgarian companies that use outsourcing, in whole percent. */
	adoptionPercent: z.number().min(0).max(100),
	/** Types of companies that used outsourcing most that year. */
	companyTypes: localizedList,
	/** Most sought-after outsourcing services that year. */
	topServices: localizedList,
});

/** A statistics data set (`src/content/stats/*.json`): one source note and a row per consecutive year. */
export const statsSchema = z
	.strictObject({
		/** Name of the data set, shown as the table caption. */
		title: localized,
		/** Where the figures come from, shown under every chart and table and in the CSV. */
		source: localized,
		/** Rows in ascending year order with no gaps. */
		years: z.array(marketYearSchema).min(2),
	})
	.superRefine((set, ctx) => {
		set.years.forEach((row, i) => {
			const previous = set.years[i - 1];
			if (previous && row.year !== previous.year + 1) {
				ctx.addIssue({
					code: 'custom',
					path: ['years', i, 'year'],
					message:
						row.year > previous.year + 1
							? `missing data for ${Array.from({ length: row.year - previous.year - 1 }, (_, k) => previous.year + 1 + k).join(', ')} (years must be consecutive)`
							: `year ${row.year} follows ${previous.year}: years must be unique and ascending`,
				});
			}
		});
	});

export type StatsSet = z.infer<typeof statsSchema>;
export type MarketYear = z.infer<typeof marketYearSchema>;
