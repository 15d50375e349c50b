// How the project's scripts and tests run the Astro CLI: on the Node that runs them (the project's Node 24 under npm).
import { join } from 'node:path';

/** The project root. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** Astro's CLI entry point inside a project folder. */
export const astroBin = (root = ROOT) => join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Environment for Astro runs: no telemetry (there is no network) and no colour codes in captured output. */
export const astroEnv = (): NodeJS.ProcessEnv => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' });
