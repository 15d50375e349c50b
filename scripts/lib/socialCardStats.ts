// The social cards' share of a build, as the build itself timed it (src/build/integrations/socialCardStats.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOCIAL_CARD_STATS_FILE } from '../../src/build/og/cardStats.ts';

export interface SocialCardStats {
	cards: number;
	/** Seconds spent drawing them. */
	seconds: number;
	/** Bytes of PNG. */
	bytes: number;
}

/** The figures the last build of the project in `dir` wrote. */
export function readSocialCardStats(dir: string): SocialCardStats {
	return JSON.parse(readFileSync(join(dir, SOCIAL_CARD_STATS_FILE), 'utf8')) as SocialCardStats;
}
