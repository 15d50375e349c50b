// The market data as CSV, generated at build time from the same collection as the charts and tables.
import type { APIRoute } from 'astro';
import { getMarketStats } from '@/data/market';
import { localeStaticPaths } from '@/lib/i18n/localeStaticPaths';
import { marketCsv } from '@/lib/stats/marketCsv';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ locals }) => {
	const csv = marketCsv(await getMarketStats(), locals.locale);
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
