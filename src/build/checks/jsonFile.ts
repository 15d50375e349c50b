import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { file } from 'astro/loaders';

/** Line and column (1-based) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, Math.max(0, offset));
	const lines = before.split('\n');
	return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Parses JSON, or throws an error naming the file and the line and column of the mistake. */
export function parseJsonFile(text: string, fileName: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const offset = Number(/position (\d+)/.exec(message)?.[1] ?? text.length);
		const { line, column } = lineAndColumn(text, offset);
		const reason = message.replace(/\s*in JSON at position \d+.*$/s, '');
		throw new Error(`${fileName}:${line}:${column}: invalid JSON: ${reason}`, { cause: error });
	}
}

/**
 * Astro's `file()` loader, but a syntax error fails the build, naming the file, line and column. (`file()` only logs
 * the error and keeps the entries it loaded before, so a broken data file could ship last build's figures.)
 */
export function jsonFile(fileName: string): Loader {
	const inner = file(fileName);
	return {
		...inner,
		name: 'json-file-loader',
		async load(context) {
			parseJsonFile(await readFile(new URL(fileName, context.config.root), 'utf8'), fileName);
			return inner.load(context);
		},
	};
}
