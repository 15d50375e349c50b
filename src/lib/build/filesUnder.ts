import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, as a path relative to it with forward slashes (build output is always read this way). */
export function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(dir, entry.name)).map((f) => `${entry.name}/${f}`) : [entry.name],
	);
}
