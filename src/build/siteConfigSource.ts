// Which configuration a build uses: src/site.config.ts, or the file the SITE_CONFIG environment variable names (the
// sample firm the tests build with: tests/fixtures/sample-firm/site.config.ts). Either is checked against its schema
// (src/schemas/siteConfig.ts) before anything is built; an override also carries the site's origin (`site`), which
// otherwise comes from astro.config.mjs. Every module that imports src/site.config.ts gets the override instead,
// through a Vite plugin: pages, islands, the social cards and the tests that vitest runs under the same variable.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { siteConfigSchema, type SiteConfig } from '../schemas/siteConfig.ts';

/** The environment variable naming a configuration file to build with instead of src/site.config.ts. */
export const SITE_CONFIG_ENV = 'SITE_CONFIG';

/** The project's own configuration file. */
export const DEFAULT_SITE_CONFIG = fileURLToPath(new URL('../site.config.ts', import.meta.url));

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/** A path as the project's files name it (`tests/fixtures/sample-firm/site.config.ts`). */
const shown = (path: string) => relative(PROJECT, path).split('\\').join('/');

/**
 * The override file SITE_CONFIG names, as an absolute path (relative names are read from `cwd`), or undefined when the
 * variable is unset or empty. A name that is not a file fails, naming it.
 */
export function siteConfigOverride(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string | undefined {
	const value = env[SITE_CONFIG_ENV]?.trim();
	if (!value) return undefined;
	const path = isAbsolute(value) ? value : resolve(cwd, value);
	if (!existsSync(path)) throw new Error(`${SITE_CONFIG_ENV}=${value}: no such file (a site configuration such as tests/fixtures/sample-firm/site.config.ts)`);
	return path;
}

/** Every problem of a configuration module's exports, one line each naming the file and the field; empty when fine. */
export function siteConfigProblems(exports: Record<string, unknown>, file: string, needsSite: boolean): string[] {
	const problems: string[] = [];
	const parsed = siteConfigSchema.safeParse(exports['siteConfig']);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) problems.push(`  - ${file}: siteConfig.${issue.path.join('.') || '(the whole object)'}: ${issue.message}`);
	}
	if (needsSite && (typeof exports['site'] !== 'string' || !URL.canParse(exports['site']))) {
		problems.push(`  - ${file}: site: the site's origin, an absolute https:// address (\`export const site = 'https://…'\`)`);
	}
	return problems;
}

/** What a build reads from its configuration file. */
export interface SiteConfigSource {
	/** The file, absolute. */
	path: string;
	/** The file as reports name it, from the project's folder (`tests/fixtures/sample-firm/site.config.ts`). */
	file: string;
	/** Whether it replaces src/site.config.ts. */
	override: boolean;
	/** The configuration. */
	config: SiteConfig;
	/** The origin an override sets; undefined for src/site.config.ts (astro.config.mjs `site` sets it). */
	site: string | undefined;
}

/**
 * Loads and checks the configuration the build uses; fails listing every field that does not fit its schema. Node
 * loads the file itself (an ES module required, its types stripped: Astro's module loader is closed by the time
 * integrations run), so a configuration file imports only types, by relative path.
 */
export function loadSiteConfig(path: string = siteConfigOverride() ?? DEFAULT_SITE_CONFIG): SiteConfigSource {
	const override = path !== DEFAULT_SITE_CONFIG;
	const exports = createRequire(import.meta.url)(path) as Record<string, unknown>;
	const problems = siteConfigProblems(exports, shown(path), override);
	if (problems.length > 0) throw new Error(`${shown(path)} does not fit its schema (src/schemas/siteConfig.ts):\n${problems.join('\n')}`);
	return { path, file: shown(path), override, config: exports['siteConfig'] as SiteConfig, site: override ? (exports['site'] as string) : undefined };
}

/** A Vite plugin resolving every import of src/site.config.ts, whatever its specifier, to `path`. */
export function swapSiteConfig(path: string): Plugin {
	return {
		name: 'site-config-override',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!/(^|[/\\])site\.config(\.ts)?$/.test(source)) return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			return resolved?.id === DEFAULT_SITE_CONFIG ? path : null;
		},
	};
}

/** The contact form's component (rendered only when the configuration sets `contactForm`). */
const CONTACT_FORM = fileURLToPath(new URL('../components/cta/ContactForm.astro', import.meta.url));
/** An empty component in its place. */
const NO_CONTACT_FORM = fileURLToPath(new URL('../components/cta/NoContactForm.astro', import.meta.url));

/**
 * A Vite plugin resolving the contact form's component to an empty one, for a configuration without `contactForm`:
 * Astro ships the styles and the script of every component a page imports, rendered or not, and without a form the
 * contact page must stay as it was, byte for byte.
 */
export function leaveOutContactForm(): Plugin {
	return {
		name: 'leave-out-contact-form',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!source.endsWith('ContactForm.astro')) return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			return resolved?.id === CONTACT_FORM ? NO_CONTACT_FORM : null;
		},
	};
}
