// Reports what the social cards cost this build: how many were drawn, in how many seconds and bytes. The benchmark
// (scripts/bench.ts) reads the figures from .astro/social-cards.json (not in dist/: nothing to deploy).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { takeCardStats } from '../og/cardStats';

/** Where the last build's figures are written, relative to the project root. */
export const SOCIAL_CARD_STATS_FILE = '.astro/social-cards.json';

export function socialCardStats(): AstroIntegration {
	let root: URL | undefined;
	return {
		name: 'social-card-stats',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:build:done': ({ logger }) => {
				const stats = takeCardStats();
				const seconds = stats.milliseconds / 1000;
				logger.info(`${stats.cards} social cards drawn in ${seconds.toFixed(1)} s (${(stats.bytes / 1024).toFixed(0)} KB of PNG).`);
				if (!root) return;
				const file = fileURLToPath(new URL(SOCIAL_CARD_STATS_FILE, root));
				mkdirSync(fileURLToPath(new URL('.', new URL(SOCIAL_CARD_STATS_FILE, root))), { recursive: true });
				writeFileSync(file, `${JSON.stringify({ cards: stats.cards, seconds: Number(seconds.toFixed(2)), bytes: stats.bytes }, null, 2)}\n`);
			},
		},
	};
}
