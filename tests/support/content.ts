// Reads the content collections from disk for tests that check the content itself (no build needed).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { parse } from 'yaml';
import { guideReferences, readGuideReferences } from '../../src/lib/markdown/guideReferences';
import type { GuideReferences } from '../../src/lib/legal/references';

export const CONTENT = join(import.meta.dirname, '..', '..', 'src', 'content');

/** The slugs of a locale's guides, sorted. */
export function guideSlugs(locale: string): string[] {
	return readdirSync(join(CONTENT, 'guides', locale))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => f.replace(/\.mdx$/, ''))
		.sort();
}

/** A guide's MDX source. */
export const readGuide = (locale: string, slug: string) => readFileSync(join(CONTENT, 'guides', locale, `${slug}.mdx`), 'utf8');

/** The MDX after the front matter. */
export const guideBody = (mdx: string) => mdx.replace(/^---[\s\S]*?---/, '');

/** The citations and term links of an MDX body, collected by the same plugin the build uses. */
export async function guideReferencesOf(mdx: string): Promise<GuideReferences> {
	const frontmatter: Record<string, unknown> = {};
	// headingAttributes as in astro.config.mjs: `## Heading {#anchor}` is a heading id there, not an MDX expression.
	await mdxToJs(guideBody(mdx), { features: { headingAttributes: true }, mdastPlugins: [guideReferences], data: { astro: { frontmatter } } as never });
	return readGuideReferences(frontmatter);
}

/** Every entry of a YAML collection (`laws`, `sources`, `glossary`) by id. */
export function readEntries<T = Record<string, unknown>>(collection: string): Map<string, T> {
	const dir = join(CONTENT, collection);
	return new Map(
		readdirSync(dir)
			.filter((f) => f.endsWith('.yaml'))
			.sort()
			.map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join(dir, f), 'utf8')) as T]),
	);
}
