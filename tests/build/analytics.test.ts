// Analytics changes nothing when unset: the fixture site built with src/site.config.ts as it is (no `analytics`) and
// again with the same configuration plus a self-hosted Plausible (through SITE_CONFIG) differ by exactly what
// analytics adds, and nothing else: one more script file (the events' glue), and in each page the tracker's tag, the
// glue's tag, the tracker's origin in script-src and connect-src, the footer's privacy line and the About page's
// section on what is counted. Every other file, the islands' scripts included, is byte for byte the same, so the
// site without analytics carries none of it (tests/dist/analytics.test.ts checks both builds' pages in detail).
import { globSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { analyticsScript } from '../../src/lib/analytics/analyticsScript';
import { dictionaries } from '../../src/lib/i18n/useTranslations';
import type { AnalyticsConfig } from '../../src/schemas/siteConfig';
import { fixtureSite, type FixtureSite } from './support/fixtureSite';

const OWN_CONFIG = join(import.meta.dirname, '..', '..', 'src', 'site.config.ts');
const ANALYTICS: AnalyticsConfig = { provider: 'plausible', script: 'https://stats.firm-sample.bg/js/script.js', domain: 'guide.firm-sample.bg' };

afterEach(() => {
	vi.unstubAllEnvs();
});

/** The built files of a site, but the search index (its About page's text differs, and so its chunks' names). */
const builtFiles = (site: FixtureSite) => globSync('**/*', { cwd: join(site.dir, 'dist'), withFileTypes: true })
	.filter((entry) => entry.isFile())
	.map((entry) => join(entry.parentPath, entry.name).slice(join(site.dir, 'dist').length + 1))
	.filter((file) => !file.startsWith('pagefind/'))
	.sort();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a build with analytics differs from one without only by what analytics adds', async () => {
	vi.stubEnv('DEPLOY', '');
	const without = fixtureSite();
	expect((await without.build()).output).toBe('');
	const origin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(without.read('dist/index.html'))?.[1] ?? '').origin;

	// The site's own configuration plus analytics, in place of the fixture's link to src/site.config.ts (pages import it
	// by the fixture's own path, where SITE_CONFIG's swap does not reach), and named by SITE_CONFIG for the integrations.
	const withAnalytics = fixtureSite();
	const config = join(withAnalytics.dir, 'src', 'site.config.ts');
	unlinkSync(config);
	writeFileSync(config, `${readFileSync(OWN_CONFIG, 'utf8')}\nexport const site = ${JSON.stringify(origin)};\nsiteConfig.analytics = ${JSON.stringify(ANALYTICS)};\n`);
	vi.stubEnv('SITE_CONFIG', config);
	expect((await withAnalytics.build()).output).toBe('');

	const before = builtFiles(without);
	const after = builtFiles(withAnalytics);
	const added = after.filter((file) => !before.includes(file));
	expect(added).toEqual([expect.stringMatching(/^_astro\/page\.[\w-]+\.js$/)]);
	expect(before.filter((file) => !after.includes(file))).toEqual([]);

	const tracker = analyticsScript(ANALYTICS);
	/** A page of the build with analytics, less what analytics added to it. */
	const lessAnalytics = (html: string, file: string) => {
		const t = dictionaries[file.startsWith('bg/') ? 'bg' : 'en'];
		return html
			.replace(new RegExp(`<script defer src="${escape(tracker.src)}" data-domain="${escape(ANALYTICS.domain)}"></script>`), '')
			.replace(`<script type="module" src="/${added[0] ?? ''}"></script>`, '')
			.replaceAll(` ${tracker.origin}`, '')
			.replace(new RegExp(`${escape(t['footer.privacyAnalytics'])} <a href="[^"]*#analytics"[^>]*>${escape(t['footer.privacyAnalyticsLink'])}</a>`), t['footer.privacy'])
			.replace(/<section aria-labelledby="analytics">[\s\S]*?<\/section>/, '');
	};
	let pages = 0;
	for (const file of before) {
		const a = readFileSync(join(without.dir, 'dist', file));
		const b = readFileSync(join(withAnalytics.dir, 'dist', file));
		if (file.endsWith('.html')) {
			pages += 1;
			expect(b.toString(), `${file} has the tracker`).toContain(tracker.src);
			expect(lessAnalytics(b.toString(), file), file).toBe(a.toString());
		} else expect(a.equals(b), file).toBe(true);
	}
	expect(pages).toBeGreaterThan(10);
	// And the build without analytics names none of it.
	for (const file of before) expect(readFileSync(join(without.dir, 'dist', file)).includes('#analytics'), file).toBe(false);
});
