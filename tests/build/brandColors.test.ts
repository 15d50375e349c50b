// Brand colours in a real build (src/build/integrations/brandColors.ts): a colour that misses WCAG AA against the
// background it is painted on stops the build before any page is built, naming the field, the pair, the ratio and the
// minimum. The firm is the sample one (tests/fixtures/sample-firm/) with one colour changed, given through SITE_CONFIG.
import { join } from 'node:path';
import { wcagContrast } from 'culori';
import { afterEach, expect, test, vi } from 'vitest';
import { sitePalette } from '../../src/build/look/sitePalette';
import { fixtureSite } from './support/fixtureSite';

const SAMPLE = join(import.meta.dirname, '..', 'fixtures', 'sample-firm', 'site.config.ts');

afterEach(() => {
	vi.unstubAllEnvs();
});

test('a pale primary colour on the light theme fails the build, naming the pair and its ratio', async () => {
	const site = fixtureSite();
	const pale = '#f4a6b0';
	site.write(
		'firm.config.ts',
		`import * as sample from ${JSON.stringify(SAMPLE)};
export const site = sample.site;
export const siteConfig = { ...sample.siteConfig, look: { colors: { ...sample.siteConfig.look.colors, light: { primary: '${pale}', accent: '#a05a00' } } } };
`,
	);
	vi.stubEnv('SITE_CONFIG', join(site.dir, 'firm.config.ts'));
	const { ok, output } = await site.build();
	expect(ok).toBe(false);
	const bg = sitePalette(undefined).light.bg;
	const ratio = (Math.floor(wcagContrast(pale, bg) * 100) / 100).toFixed(2);
	expect(output).toContain('brand colour pair(s) miss WCAG AA contrast');
	expect(output).toContain(`look.colors.light.primary (light theme): --accent ${pale} on --bg ${bg} has a contrast of ${ratio}:1, WCAG AA needs 4.5:1`);
	expect(output).not.toContain('dark theme');
	expect(() => site.read('dist/index.html')).toThrow();
});
