// A small site for the build tests: a fixture's content (tests/build/fixtures/<name>/) in a temporary folder, next to
// links to the project's own code, public files, config and dependencies, built with Astro's JavaScript API. The real
// pages, layouts, integrations and checks run over a handful of entries: no copy of the project, no CLI process.
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build, sync, type AstroInlineConfig } from 'astro';
import { inject } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** How a build or sync ended: the error it failed with, as the CLI would show it (message, hint, file). */
export interface Outcome {
	ok: boolean;
	output: string;
}

export interface FixtureSite {
	dir: string;
	/** A file of the site, by project-relative path (`src/content/…`, `dist/…`). */
	read(file: string): string;
	write(file: string, text: string): void;
	append(file: string, text: string): void;
	edit(file: string, change: (text: string) => string): void;
	build(): Promise<Outcome>;
	/** `astro sync` alone: Astro's own content validation, without the pages. */
	sync(): Promise<Outcome>;
}

/**
 * An error's text as the CLI prints it: Astro errors carry the hint and the file apart from the message, and write
 * their message in Markdown (`**years.2.year**: …`), which the CLI shows in bold.
 */
function errorText(error: unknown, dir: string): string {
	const lines: string[] = [];
	for (let e: unknown = error; e instanceof Error; e = e.cause) {
		const { hint, loc } = e as Error & { hint?: unknown; loc?: { file?: unknown } };
		lines.push(e.message.replace(/\*\*(.+?)\*\*/g, '$1'));
		if (typeof hint === 'string') lines.push(hint);
		if (typeof loc?.file === 'string') lines.push(`Location: ${relative(dir, loc.file)}`);
	}
	return lines.length > 0 ? lines.join('\n') : String(error);
}

/** Copies fixture `name` to a temporary folder (removed after the run, see globalSetup.ts) and links the project's code into it. */
export function fixtureSite(name = 'site'): FixtureSite {
	const dir = mkdtempSync(join(inject('fixtureSitesDir'), `${name}-`));
	cpSync(join(FIXTURES, name), dir, { recursive: true });
	for (const entry of readdirSync(join(ROOT, 'src'))) {
		if (entry !== 'content') symlinkSync(join(ROOT, 'src', entry), join(dir, 'src', entry));
	}
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	// The public files too, where code imports one (the social cards draw the favicon's mark).
	symlinkSync(join(ROOT, 'public'), join(dir, 'public'), 'dir');

	const config: AstroInlineConfig = {
		root: dir,
		// Astro looks the config file up relative to the root.
		configFile: relative(dir, join(ROOT, 'astro.config.mjs')),
		publicDir: join(ROOT, 'public'),
		outDir: join(dir, 'dist'),
		// Caches stay in the fixture: the default (node_modules/.astro, .vite) is the linked, shared node_modules.
		cacheDir: join(dir, '.cache', 'astro'),
		// BUILD_LOG=info shows Astro's log while debugging a fixture.
		logLevel: process.env['BUILD_LOG'] === 'info' ? 'info' : 'silent',
		vite: {
			cacheDir: join(dir, '.cache', 'vite'),
			resolve: {
				// Linked files keep their path inside the root, where Astro expects pages and components to be.
				preserveSymlinks: true,
				// tsconfig.json's `@/*` path, which Astro reads from the root (the fixture has none).
				alias: [{ find: /^@\//, replacement: `${join(dir, 'src')}/` }],
			},
		},
	};
	const run = async (command: (config: AstroInlineConfig) => Promise<void>): Promise<Outcome> => {
		try {
			await command(config);
			return { ok: true, output: '' };
		} catch (error) {
			return { ok: false, output: errorText(error, dir) };
		}
	};
	const path = (file: string) => join(dir, file);
	return {
		dir,
		read: (file) => readFileSync(path(file), 'utf8'),
		write: (file, text) => {
			writeFileSync(path(file), text);
		},
		append: (file, text) => {
			appendFileSync(path(file), text);
		},
		edit: (file, change) => {
			writeFileSync(path(file), change(readFileSync(path(file), 'utf8')));
		},
		build: () => run((c) => build(c)),
		sync: () => run((c) => sync(c)),
	};
}
