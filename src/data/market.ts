// Reads the Bulgarian market data set: the one source for charts, tables, summaries and the CSV.
import { getEntry } from 'astro:content';

const MARKET_STATS_ID = 'bulgaria-outsourcing';

export async function getMarketStats() {
	const entry = await getEntry('stats', MARKET_STATS_ID);
	if (!entry) throw new Error(`src/content/stats is missing the "${MARKET_STATS_ID}" data set.`);
	return entry.data;
}
