// The benchmark's "before": the page figures of a saved run (scripts/bench-baseline.json, committed), printed beside
// each new run's so a change's effect reads at a glance. Timings only compare on the same kind of machine, so the file
// says which machine and Chromium measured them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from './chromium.ts';
import { ROOT } from './astroCli.ts';

/** One page's figures: Lighthouse's performance score and TBT, and the traced long tasks (see longTasks.ts). */
export interface PageFigures {
	path: string;
	performance?: number | undefined;
	tbt?: number | undefined;
	blockingMs?: number | undefined;
	longTasks?: number | undefined;
	longestMs?: number | undefined;
}

export interface Baseline {
	date: string;
	/** What the figures are the "before" of, and how quiet the machine was. */
	note: string;
	machine: { cpus: number; cpu: string; chromium: string };
	/** By page type (pageTypes.ts). */
	pages: Record<string, PageFigures>;
}

const FILE = join(ROOT, 'scripts', 'bench-baseline.json');

export const readBaseline = (): Baseline | undefined => (existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Baseline) : undefined);

export function writeBaseline(note: string, pages: Record<string, PageFigures>): void {
	const chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	const baseline: Baseline = { date: new Date().toISOString(), note, machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', chromium }, pages };
	writeFileSync(FILE, `${JSON.stringify(baseline, null, '\t')}\n`);
}
