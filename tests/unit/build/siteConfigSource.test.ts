// Which configuration a build uses (src/build/siteConfigSource.ts): src/site.config.ts, or the file SITE_CONFIG
// names, checked against its schema, and swapped in for every module that imports src/site.config.ts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { DEFAULT_SITE_CONFIG, loadSiteConfig, siteConfigOverride, siteConfigProblems, swapSiteConfig } from '@/build/siteConfigSource';
import { siteConfig } from '@/site.config';
import * as sample from '../../fixtures/sample-firm/site.config';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SAMPLE = join(ROOT, 'tests/fixtures/sample-firm/site.config.ts');

describe('siteConfigOverride', () => {
	test('unset or empty: none', () => {
		expect(siteConfigOverride({}, ROOT)).toBeUndefined();
		expect(siteConfigOverride({ SITE_CONFIG: ' ' }, ROOT)).toBeUndefined();
	});

	test('a relative name is read from the working folder, an absolute one as it is', () => {
		expect(siteConfigOverride({ SITE_CONFIG: 'tests/fixtures/sample-firm/site.config.ts' }, ROOT)).toBe(SAMPLE);
		expect(siteConfigOverride({ SITE_CONFIG: SAMPLE }, '/')).toBe(SAMPLE);
	});

	test('a name that is no file fails, naming it', () => {
		expect(() => siteConfigOverride({ SITE_CONFIG: 'firm.ts' }, ROOT)).toThrow('SITE_CONFIG=firm.ts: no such file');
	});
});

describe('siteConfigProblems', () => {
	test('the shipped configuration and the sample firm fit the schema', () => {
		expect(siteConfigProblems({ siteConfig: loadSiteConfig(DEFAULT_SITE_CONFIG).config }, 'src/site.config.ts', false)).toEqual([]);
		expect(siteConfigProblems(sample, 'sample.ts', true)).toEqual([]);
	});

	test('names the file and every field that does not fit, and an override without its origin', () => {
		const broken = { ...sample.siteConfig, firm: { ...sample.siteConfig.firm, telephone: '02 123', email: 'office' }, cta: undefined };
		expect(siteConfigProblems({ siteConfig: broken }, 'firm.ts', true)).toEqual([
			'  - firm.ts: siteConfig.firm.telephone: an international number starting with +',
			expect.stringMatching(/^ {2}- firm\.ts: siteConfig\.firm\.email: /),
			expect.stringMatching(/^ {2}- firm\.ts: siteConfig\.cta: /),
			"  - firm.ts: site: the site's origin, an absolute https:// address (`export const site = 'https://…'`)",
		]);
	});

	test('an unknown field is refused (a typo would otherwise be silently ignored)', () => {
		const typo = { ...sample.siteConfig, contact: { ...sample.siteConfig.contact, emial: 'x@y.bg' } };
		expect(siteConfigProblems({ siteConfig: typo, site: sample.site }, 'firm.ts', true)).toEqual([expect.stringContaining('firm.ts: siteConfig.contact: ')]);
	});
});

describe('loadSiteConfig', () => {
	test('an override brings its origin; src/site.config.ts leaves it to astro.config.mjs', () => {
		expect(loadSiteConfig(SAMPLE)).toEqual({ path: SAMPLE, file: 'tests/fixtures/sample-firm/site.config.ts', override: true, config: sample.siteConfig, site: sample.site });
		expect(loadSiteConfig(DEFAULT_SITE_CONFIG)).toMatchObject({ override: false, site: undefined });
	});

	test('the tests import the configuration the build uses (SITE_CONFIG swaps it for them too)', () => {
		expect(siteConfig).toEqual(loadSiteConfig().config);
	});

	test('a file that does not fit fails before anything is built, naming it and each field', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'site-config-')), 'firm.ts');
		writeFileSync(file, `export const site = 'https://firm.bg';\nexport const siteConfig = { ...${JSON.stringify(sample.siteConfig)}, publisher: '' };\n`);
		expect(() => loadSiteConfig(file)).toThrow(/firm\.ts does not fit its schema \(src\/schemas\/siteConfig\.ts\):\n {2}- \S*firm\.ts: siteConfig\.publisher: /);
	});
});

describe('swapSiteConfig', () => {
	const resolveId = async (source: string, resolvesTo: string) => {
		const plugin = swapSiteConfig(SAMPLE);
		const hook = plugin.resolveId as (this: unknown, source: string, importer: string, options: object) => Promise<string | null>;
		const context = { resolve: vi.fn(() => Promise.resolve({ id: resolvesTo })) };
		return { id: await hook.call(context, source, '/any/importer.ts', {}), context };
	};

	test('every specifier of src/site.config.ts resolves to the override', async () => {
		for (const source of ['@/site.config', '../../site.config.ts', './site.config']) expect((await resolveId(source, DEFAULT_SITE_CONFIG)).id).toBe(SAMPLE);
	});

	test('another file of that name, or any other module, is left alone (and not resolved twice)', async () => {
		expect((await resolveId('./site.config', '/elsewhere/site.config.ts')).id).toBeNull();
		const other = await resolveId('@/lib/seo/firmJsonLd', '/x');
		expect(other.id).toBeNull();
		expect(other.context.resolve).not.toHaveBeenCalled();
	});
});
