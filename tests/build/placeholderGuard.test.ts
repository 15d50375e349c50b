// The deploy guard in a real build (src/build/integrations/placeholderGuard.ts, registered in astro.config.mjs): with
// DEPLOY=1 the build stops before any page is built, naming every placeholder and the file to edit; without it the
// build goes on and the integration only warns.
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, expect, test, vi } from 'vitest';
import { placeholderGuard } from '../../src/build/integrations/placeholderGuard';
import { fixtureSite } from './support/fixtureSite';

afterEach(() => {
	vi.unstubAllEnvs();
});

test('DEPLOY=1: the build fails, naming each placeholder and its file', async () => {
	vi.stubEnv('DEPLOY', '1');
	const site = fixtureSite();
	const { ok, output } = await site.build();
	expect(ok).toBe(false);
	expect(output).toContain('DEPLOY=1');
	expect(output).toContain('astro.config.mjs: site = "https://outsourcing-ip.example"');
	expect(output).toContain('src/site.config.ts: firm.email = "consult@outsourcing-ip.example"');
	expect(output).toContain('src/site.config.ts: firm.telephone = "+359 2 000 0000"');
	expect(output).toContain('src/site.config.ts: firm.name.en = "Example IP Law Firm"');
	expect(output).toContain('src/site.config.ts: firm.address.street.en = "1 Example Street"');
});

test('without DEPLOY the same build passes', async () => {
	vi.stubEnv('DEPLOY', '');
	const site = fixtureSite();
	const { ok, output } = await site.build();
	expect(output).toBe('');
	expect(ok).toBe(true);
	expect(site.read('dist/about/index.html')).toContain('Example IP Law Firm');
});

test('without DEPLOY the build hook logs one warning listing the placeholders', async () => {
	vi.stubEnv('DEPLOY', '');
	const hook = placeholderGuard().hooks['astro:config:setup'];
	const warn = vi.fn();
	const logger = { warn } as unknown as AstroIntegrationLogger;
	await hook?.({ config: { site: 'https://outsourcing-ip.example' }, command: 'build', logger } as never);
	expect(warn).toHaveBeenCalledTimes(1);
	expect(String(warn.mock.calls[0]?.[0])).toMatch(/astro\.config\.mjs: site[\s\S]*src\/site\.config\.ts: firm\.telephone/);
});

test('the dev server is never stopped or warned: only builds are deployed', async () => {
	vi.stubEnv('DEPLOY', '1');
	const warn = vi.fn();
	const logger = { warn } as unknown as AstroIntegrationLogger;
	await placeholderGuard().hooks['astro:config:setup']?.({ config: { site: 'https://outsourcing-ip.example' }, command: 'dev', logger } as never);
	expect(warn).not.toHaveBeenCalled();
});
