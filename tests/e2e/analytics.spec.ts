// The firm's analytics in a real browser, on the sample firm's build (`npm run test:firm` builds it into
// .sample-firm/dist/ with analytics set; the project's own build has none, tests/dist/analytics.test.ts). The tracker's
// address on the firm's server is answered here by a stub that records each call the page makes to
// `window.plausible` (or, in its Umami form, `window.umami.track`): the page's CSP allows that origin, so the stub runs
// as the real tracker would. A reader's clicks make the three events with the right properties, nothing else leaves the
// page, no CSP is violated, and a blocked tracker changes nothing for the reader.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { analyticsScript } from '@/lib/analytics/analyticsScript';
import { en as t } from '@/lib/i18n/ui/en';
import { startPreview, type PreviewServer } from '../../scripts/lib/previewServer';
import * as sample from '../fixtures/sample-firm/site.config';
import { recordProblems } from './support/fixtures';

const ROOT = join(import.meta.dirname, '..', '..');
const BUILT = existsSync(join(ROOT, '.sample-firm', 'dist', 'index.html'));
const config = sample.siteConfig.analytics;
const tracker = config && analyticsScript(config);

/** A call the page made to the tracker: its arguments as the stub received them. */
type Call = unknown[];

/** The stubs: each defines the provider's global and hands every call to `recordAnalytics` (a binding to the test). */
const STUBS = {
	plausible: 'window.plausible = (...args) => window.recordAnalytics(args);',
	umami: 'window.umami = { track: (...args) => window.recordAnalytics(args) };',
} as const;

const test = base.extend<object, { server: PreviewServer }>({
	// The sample firm's build, served as a static host would, on a free port, once per worker.
	server: [
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			const server = await startPreview(0, join(ROOT, '.sample-firm'));
			await use(server);
			server.stop();
		},
		{ scope: 'worker' },
	],
});

test.skip(!BUILT, 'the sample firm is not built: run `npm run test:firm` first (`npm test` does)');
test.skip(!tracker, 'the sample firm sets no analytics');

/**
 * Opens the sample firm's site with the tracker answered by `stub` (or refused), recording the calls and every request
 * that leaves the site; the print dialog and mail and booking links do nothing here.
 */
async function visit(page: Page, origin: string, stub: keyof typeof STUBS | 'blocked') {
	const calls: Call[] = [];
	const elsewhere: string[] = [];
	await page.exposeFunction('recordAnalytics', (args: Call) => calls.push(args));
	await page.addInitScript(() => {
		window.print = () => undefined;
		// After the glue (which listens in the capture phase): the reader's mail program and the booking page stay shut.
		window.addEventListener('click', (event) => {
			const link = event.target instanceof Element ? event.target.closest('a[href^="mailto:"], a[href^="https:"]') : null;
			if (link) event.preventDefault();
		});
	});
	await page.route(tracker?.src ?? '', (route) =>
		stub === 'blocked' ? route.abort('blockedbyclient') : route.fulfill({ contentType: 'text/javascript', body: STUBS[stub] }),
	);
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && url !== tracker?.src && !/^(data|blob):/.test(url)) elsewhere.push(url);
	});
	// CSP violations as the shared fixture records them (this spec has its own server, so not that fixture's baseURL).
	const problems = await recordProblems(page, origin, [], tracker ? [new URL(tracker.src).origin] : []);
	const violations = () => Promise.resolve(problems.filter((problem) => problem.startsWith('CSP violation')));
	const ready = async () => {
		if (stub !== 'blocked') await page.waitForFunction(() => 'plausible' in window || 'umami' in window);
	};
	return { calls, elsewhere, violations, ready };
}

const CAMPAIGN = { utm_source: 'newsletter', utm_medium: 'email', utm_campaign: 'spring-2027' };
const QUERY = new URLSearchParams(CAMPAIGN).toString();

test('Plausible: a CTA click carries its campaign, from the guide to the contact page and its e-mail and booking links', async ({ page, server }) => {
	const { calls, elsewhere, violations, ready } = await visit(page, server.origin, 'plausible');
	await page.goto(`${server.origin}/guides/what-is-outsourcing/?${QUERY}`);
	await ready();
	await page.getByRole('link', { name: sample.siteConfig.cta.button.en }).click();
	await expect(page).toHaveURL(/\/contact\/$/);
	await expect.poll(() => calls).toEqual([['CTA click', { props: { cta: 'cta-box', ...CAMPAIGN } }]]);
	await ready();
	// The contact page has the campaign from the page the reader came from, as its own links do.
	await page.getByRole('link', { name: t['contact.email'] }).click();
	await page.getByRole('link', { name: t['contact.form'] }).click();
	await expect.poll(() => calls.slice(1)).toEqual([
		['CTA click', { props: { cta: 'email', ...CAMPAIGN } }],
		['CTA click', { props: { cta: 'booking', ...CAMPAIGN } }],
	]);
	expect(await violations()).toEqual([]);
	expect(elsewhere).toEqual([]);
});

test('Plausible: the calculator counts once the reader has answered, each export of the builder with its format, and both lead to the contact page', async ({ page, server }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	const { calls, elsewhere, violations, ready } = await visit(page, server.origin, 'plausible');
	await page.goto(`${server.origin}/calculator/`);
	await ready();
	await page.locator('#calc-location-offshore').check();
	await expect.poll(() => calls).toEqual([['Calculator completed']]);
	await page.locator('#calc-location-nearshore').check();
	await page.getByRole('link', { name: t['calc.cta.button'] }).click();
	await expect(page).toHaveURL(/\/contact\//);
	await page.goto(`${server.origin}/contract-builder/`);
	await ready();
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	for (const name of ['builder.copyText', 'builder.copyLink', 'builder.print'] as const) await page.getByRole('button', { name: t[name] }).click();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t['builder.docx'] }).click()]);
	expect(download.suggestedFilename()).toMatch(/\.docx$/);
	await page.getByRole('link', { name: t['builder.cta.button'] }).click();
	await expect(page).toHaveURL(/\/contact\//);
	await expect.poll(() => calls).toEqual([
		['Calculator completed'],
		['CTA click', { props: { cta: 'calculator' } }],
		['Builder exported', { props: { format: 'text' } }],
		['Builder exported', { props: { format: 'link' } }],
		['Builder exported', { props: { format: 'pdf' } }],
		['Builder exported', { props: { format: 'docx' } }],
		['CTA click', { props: { cta: 'builder' } }],
	]);
	expect(await violations()).toEqual([]);
	expect(elsewhere).toEqual([]);
});

test('Umami: the same events through umami.track', async ({ page, server }) => {
	const { calls, violations, ready } = await visit(page, server.origin, 'umami');
	await page.goto(`${server.origin}/bg/guides/?${QUERY}`);
	await ready();
	await page.getByRole('link', { name: sample.siteConfig.cta.button.bg }).click();
	await expect(page).toHaveURL(/\/bg\/contact\/$/);
	await expect.poll(() => calls).toEqual([['CTA click', { cta: 'cta-box', ...CAMPAIGN }]]);
	expect(await violations()).toEqual([]);
});

test('a blocked tracker changes nothing for the reader: no error, the CTA still leads to the contact page', async ({ page, server }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const { calls, violations } = await visit(page, server.origin, 'blocked');
	await page.goto(`${server.origin}/guides/?${QUERY}`);
	await page.getByRole('link', { name: sample.siteConfig.cta.button.en }).click();
	await expect(page).toHaveURL(/\/contact\/$/);
	await expect(page.getByRole('link', { name: t['contact.email'] })).toBeVisible();
	expect(calls).toEqual([]);
	expect(errors).toEqual([]);
	expect(await violations()).toEqual([]);
});

for (const about of ['/about/', '/bg/about/']) {
	test(`${about}: the footer leads to what is counted, and the page passes axe`, async ({ page, server }) => {
		const { violations, ready } = await visit(page, server.origin, 'plausible');
		await page.goto(`${server.origin}${about.replace('about/', '')}`);
		await ready();
		await page.locator('footer a[href$="#analytics"]').click();
		await expect(page).toHaveURL(new RegExp(`${about}#analytics$`));
		await expect(page.locator('#analytics')).toBeInViewport();
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
		expect(results.violations).toEqual([]);
		expect(await violations()).toEqual([]);
	});
}
