// The deploy guard in a real build (src/build/integrations/placeholderGuard.ts, registered in astro.config.mjs): with
// DEPLOY=1 the build stops before any page is built, naming every placeholder and the file to edit; without it the
// build goes on and the integration only warns.
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, expect, test, vi } from 'vitest';
import { placeholderGuard } from '../../src/build/integrations/placeholderGuard';
import { siteConfig } from '../../src/site.config';
import { site as unfinishedSite, siteConfig as unfinishedFirm } from '../fixtures/unfinished-firm.config';
import { fixtureSite } from './support/fixtureSite';

/** A firm with a placeholder of every kind (sample data), built through SITE_CONFIG: not the project's own placeholders. */
const UNFINISHED = new URL('../fixtures/unfinished-firm.config.ts', import.meta.url).pathname;

afterEach(() => {
	vi.unstubAllEnvs();
});

test('DEPLOY=1: the build fails, naming each placeholder and its file', async () => {
	vi.stubEnv('DEPLOY', '1');
	vi.stubEnv('SITE_CONFIG', UNFINISHED);
	const site = fixtureSite();
	const { ok, output } = await site.build();
	expect(ok).toBe(false);
	expect(output).toContain('DEPLOY=1');
	const { firm } = unfinishedFirm;
	// The file to edit is the one SITE_CONFIG names, for the origin too.
	const file = 'unfinished-firm.config.ts';
	expect(output).toContain(`${file}: site = "${unfinishedSite}"`);
	expect(output).toContain(`${file}: firm.email = "${firm.email}"`);
	expect(output).toContain(`${file}: firm.telephone = "${firm.telephone}"`);
	expect(output).toContain(`${file}: firm.name.en = "${firm.name.en}"`);
	expect(output).toContain(`${file}: firm.address.street.en = "${firm.address.street.en}"`);
	expect(output).not.toContain('src/site.config.ts:');
});

test('without DEPLOY the build passes, with the firm of src/site.config.ts on its pages', async () => {
	vi.stubEnv('DEPLOY', '');
	const site = fixtureSite();
	const { ok, output } = await site.build();
	expect(output).toBe('');
	expect(ok).toBe(true);
	expect(site.read('dist/about/index.html')).toContain(siteConfig.firm.address.postalCode);
});

test('without DEPLOY the build hook logs one warning listing the placeholders', async () => {
	vi.stubEnv('DEPLOY', '');
	vi.stubEnv('SITE_CONFIG', UNFINISHED);
	const hook = placeholderGuard().hooks['astro:config:setup'];
	const warn = vi.fn();
	const logger = { warn } as unknown as AstroIntegrationLogger;
	await hook?.({ config: { site: unfinishedSite }, command: 'build', logger } as never);
	expect(warn).toHaveBeenCalledTimes(1);
	expect(String(warn.mock.calls[0]?.[0])).toMatch(/unfinished-firm\.config\.ts: site[\s\S]*unfinished-firm\.config\.ts: firm\.telephone/);
});

test('the dev server is never stopped or warned: only builds are deployed', async () => {
	vi.stubEnv('DEPLOY', '1');
	const warn = vi.fn();
	const logger = { warn } as unknown as AstroIntegrationLogger;
	await placeholderGuard().hooks['astro:config:setup']?.({ config: { site: 'https://outsourcing-ip.example' }, command: 'dev', logger } as never);
	expect(warn).not.toHaveBeenCalled();
});
