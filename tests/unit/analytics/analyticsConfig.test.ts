// The `analytics` block of the site configuration (src/schemas/siteConfig.ts) and the tracker tag it makes
// (src/lib/analytics/analyticsScript.ts): a bad value fails the build naming the field.
import { describe, expect, test } from 'vitest';
import { siteConfigProblems } from '@/build/siteConfigSource';
import { allowAnalytics, analyticsScript, PROVIDER_NAME } from '@/lib/analytics/analyticsScript';
import { siteConfigSchema, type AnalyticsConfig } from '@/schemas/siteConfig';
import * as sample from '../../fixtures/sample-firm/site.config';

const PLAUSIBLE: AnalyticsConfig = { provider: 'plausible', script: 'https://stats.firm-sample.bg/js/script.js', domain: 'guide.firm-sample.bg' };
const UMAMI: AnalyticsConfig = { provider: 'umami', script: 'https://stats.firm-sample.bg/script.js', websiteId: '94db1cb1-74f4-4a40-ad6c-962362670409' };

/** The problems of the sample firm's configuration with this `analytics` block. */
const problems = (analytics: unknown) => siteConfigProblems({ siteConfig: { ...sample.siteConfig, analytics }, site: sample.site }, 'firm.ts', true);

describe('the analytics block', () => {
	test('is optional: left out, the configuration fits', () => {
		const { analytics: _, ...without } = sample.siteConfig;
		expect(siteConfigSchema.safeParse(without).success).toBe(true);
	});

	test('takes a self-hosted Plausible or Umami', () => {
		expect(problems(PLAUSIBLE)).toEqual([]);
		expect(problems(UMAMI)).toEqual([]);
	});

	test.each([
		['an unknown provider', { ...PLAUSIBLE, provider: 'matomo' }, 'siteConfig.analytics.provider', "'plausible' or 'umami'"],
		['a plain http script', { ...PLAUSIBLE, script: 'http://stats.firm-sample.bg/js/script.js' }, 'siteConfig.analytics.script', 'https://'],
		['a relative script', { ...PLAUSIBLE, script: '/js/script.js' }, 'siteConfig.analytics.script', 'https://'],
		['a script with a password', { ...PLAUSIBLE, script: 'https://me:secret@stats.firm-sample.bg/js/script.js' }, 'siteConfig.analytics.script', 'user name or password'],
		["Plausible's cloud", { ...PLAUSIBLE, script: 'https://plausible.io/js/script.js' }, 'siteConfig.analytics.script', 'third party'],
		["Umami's cloud", { ...UMAMI, script: 'https://cloud.umami.is/script.js' }, 'siteConfig.analytics.script', 'third party'],
		['a Plausible domain that is a URL', { ...PLAUSIBLE, domain: 'https://guide.firm-sample.bg/' }, 'siteConfig.analytics.domain', 'domain name'],
		['an Umami id that is no UUID', { ...UMAMI, websiteId: 'my-site' }, 'siteConfig.analytics.websiteId', 'UUID'],
		["Umami's id on Plausible", { ...PLAUSIBLE, websiteId: UMAMI.websiteId }, 'siteConfig.analytics', 'websiteId'],
	])('refuses %s, naming the field', (_name, analytics, field, message) => {
		expect(problems(analytics)).toEqual([expect.stringMatching(new RegExp(`^ {2}- firm\\.ts: ${field.replaceAll('.', '\\.')}: .*${message.replaceAll('.', '\\.')}`))]);
	});

	test('a missing field is named', () => {
		expect(problems({ provider: 'umami', script: UMAMI.script })).toEqual([expect.stringContaining('firm.ts: siteConfig.analytics.websiteId: ')]);
	});
});

describe('analyticsScript', () => {
	test("Plausible: its script, its origin and the site's domain", () => {
		expect(analyticsScript(PLAUSIBLE)).toEqual({
			src: PLAUSIBLE.script,
			origin: 'https://stats.firm-sample.bg',
			attributes: { 'data-domain': 'guide.firm-sample.bg' },
		});
	});

	test("Umami: its script, its origin and the website's id", () => {
		expect(analyticsScript({ ...UMAMI, script: 'https://umami.firm-sample.bg:8443/umami/script.js' })).toEqual({
			src: 'https://umami.firm-sample.bg:8443/umami/script.js',
			origin: 'https://umami.firm-sample.bg:8443',
			attributes: { 'data-website-id': UMAMI.websiteId },
		});
	});

	test('every provider has a name to show', () => {
		expect(PROVIDER_NAME).toEqual({ plausible: 'Plausible', umami: 'Umami' });
	});
});

describe('allowAnalytics', () => {
	test("adds the tracker's origin, and nothing else, to script-src (keeping 'self') and connect-src", () => {
		for (const config of [PLAUSIBLE, UMAMI]) {
			const inserted: string[] = [];
			allowAnalytics({ insertScriptResource: (resource) => inserted.push(`script-src ${resource}`), insertDirective: (directive) => inserted.push(directive) }, config);
			expect(inserted).toEqual(["script-src 'self'", 'script-src https://stats.firm-sample.bg', 'connect-src https://stats.firm-sample.bg']);
		}
	});
});
