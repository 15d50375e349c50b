// Reports what the social cards cost this build: how many were drawn, in how many seconds and bytes. The benchmark
// (scripts/bench.ts) reads the figures from .astro/social-cards.json (not in dist/: nothing to deploy).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SOCIAL_CARD_STATS_FILE, takeCardStats } from '../og/cardStats';

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
				mkdirSync(dirname(file), { recursive: true });
				writeFileSync(file, `${JSON.stringify({ cards: stats.cards, seconds: Number(seconds.toFixed(2)), bytes: stats.bytes }, null, 2)}\n`);
			},
		},
	};
}
