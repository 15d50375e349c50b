// How long the social cards took to draw in this build, for the benchmark: the card endpoint (run by Astro's page
// generation) records each card, and the socialCardStats integration reports the total when the build is done. They
// share one record through globalThis because Astro loads the endpoint's bundle apart from the integrations' modules.
const KEY = Symbol.for('outsourcing-ip.socialCardStats');

/** Where each build writes its figures, relative to the project root (not in dist/: nothing there to deploy). */
export const SOCIAL_CARD_STATS_FILE = '.astro/social-cards.json';

export interface CardStats {
	cards: number;
	/** Time spent drawing the cards (layout, SVG, PNG), in milliseconds. */
	milliseconds: number;
	bytes: number;
}

function stats(): CardStats {
	const shared = globalThis as unknown as Record<symbol, CardStats | undefined>;
	const record = shared[KEY] ?? { cards: 0, milliseconds: 0, bytes: 0 };
	shared[KEY] = record;
	return record;
}

export function recordCard(milliseconds: number, bytes: number): void {
	const record = stats();
	record.cards += 1;
	record.milliseconds += milliseconds;
	record.bytes += bytes;
}

/** This build's totals; resets them for the next build in the same process (the build tests run several). */
export function takeCardStats(): CardStats {
	const record = { ...stats() };
	Object.assign(stats(), { cards: 0, milliseconds: 0, bytes: 0 });
	return record;
}
