// The firm's analytics as built (src/site.config.ts `analytics`; the sample firm sets it, `npm run test:firm`). Set:
// on every page the provider's tracker, deferred, after the policy, with its attributes; exactly its origin added to
// script-src and connect-src; the events' glue within its budget, its targets on their pages; the footer and the
// About page say what is counted. Unset: none of it anywhere (tests/build/analytics.test.ts compares the two builds).
import { describe, expect, test } from 'vitest';
import { pageWeight } from '@/build/checks/pageWeight';
import { PROVIDER_NAME } from '@/lib/analytics/analyticsScript';
import { CALCULATOR, CTA_SELECTORS, EXPORT_SELECTORS } from '@/lib/analytics/events';
import { endpointSource } from '@/lib/contactForm/csp';
import { LOCALES } from '@/lib/i18n/locales';
import { localizePath } from '@/lib/i18n/localizePath';
import { privacyNoteKey } from '@/lib/pages/privacyNote';
import { dictionaries } from '@/lib/i18n/useTranslations';
import { siteConfig } from '@/site.config';
import { ANALYTICS, ANALYTICS_GLUE, distFiles, htmlFiles, readDist } from '../support/dist';
import { all, attribute, parseHtml, textOf, type Root } from '../support/html';

const pages = htmlFiles();
const file = (path: string, locale: (typeof LOCALES)[number]) => `${localizePath(path, locale).slice(1)}index.html`;

/**
 * The glue's JavaScript with what it imports, gzip: 917 B of its own, plus the chunks holding the campaign rules
 * (pickUtmParams) it shares with the contact page, 2.7 KB in all for the sample firm.
 */
const GLUE_BUDGET = 3 * 1024;

/** The page's policy, directive by directive. */
function policy(html: Root): Map<string, string[]> {
	const [meta] = all(html, 'meta[http-equiv="content-security-policy"]');
	return new Map(
		(attribute(meta ?? { type: 'element', tagName: 'meta', properties: {}, children: [] }, 'content') ?? '')
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...values]) => [name as string, values]),
	);
}
const withoutHashes = (values: readonly string[] = []) => values.filter((value) => !value.startsWith("'sha"));
const WASM_PAGES = /(^|\/)search\/index\.html$/;
const CONTACT_PAGES = /(^|\/)contact\/index\.html$/;

describe.runIf(ANALYTICS)('analytics set', () => {
	const { src = '', origin = '', attributes = {} } = ANALYTICS ?? {};
	const config = siteConfig.analytics;
	const glue = distFiles().filter((name) => ANALYTICS_GLUE.test(`/${name}`));

	test.each(pages)('%s loads the tracker deferred, after its policy, and allows exactly its origin', (page) => {
		const html = parseHtml(readDist(page));
		const trackers = all(html, 'script[src]').filter((script) => attribute(script, 'src') === src);
		expect(trackers).toHaveLength(1);
		const [tracker] = trackers;
		if (!tracker) return;
		expect(tracker.properties['defer']).toBe(true);
		expect([attribute(tracker, 'async'), attribute(tracker, 'type')]).toEqual([undefined, undefined]);
		for (const [name, value] of Object.entries(attributes)) expect(attribute(tracker, name), name).toBe(value);
		// In <body>, after the <meta> policy, which governs only what follows it.
		expect(all(html, 'body script[src]').includes(tracker)).toBe(true);
		const directives = policy(html);
		const wasm = WASM_PAGES.test(page) ? ["'wasm-unsafe-eval'"] : [];
		expect(withoutHashes(directives.get('script-src')).sort()).toEqual(["'self'", origin, ...wasm].sort());
		// On the contact pages, the firm's form endpoint too, if it has one elsewhere (tests/dist/contact.test.ts).
		const form = CONTACT_PAGES.test(page) && siteConfig.contactForm ? [endpointSource(siteConfig.contactForm.endpoint)].filter((s) => s !== undefined) : [];
		expect([...(directives.get('connect-src') ?? [])].sort()).toEqual(["'self'", origin, ...form].sort());
		// Nowhere else: no other directive names it or any other origin.
		for (const [name, values] of directives) if (name !== 'script-src' && name !== 'connect-src') expect(values, name).not.toContain(origin);
		// And the glue, once, as a module.
		expect(all(html, 'script[type="module"][src]').filter((script) => ANALYTICS_GLUE.test(attribute(script, 'src') ?? ''))).toHaveLength(1);
	});

	test(`the events' glue is one script, at most ${GLUE_BUDGET} B gzip with its imports, and neither stores nor sends anything itself`, () => {
		expect(glue).toHaveLength(1);
		const [glueFile = ''] = glue;
		// Weighed as a page that loads the glue alone would load it: the file and every chunk it imports.
		const { js, files } = pageWeight(`<script type="module" src="/${glueFile}"></script>`, (sitePath) => readDist(sitePath.slice(1)));
		console.log(`analytics glue: ${files.join(', ')}: ${js.gzip} B gzip`);
		expect(js.gzip).toBeLessThanOrEqual(GLUE_BUDGET);
		// It only hands events to the tracker: no cookie, no storage, no request of its own.
		expect(readDist(glueFile)).not.toMatch(/cookie|localStorage|sessionStorage|fetch\(|sendBeacon|XMLHttpRequest/);
	});

	test('every click the glue counts has its element on its page, and so have the calculator parts it watches', () => {
		const where: Record<string, string> = {
			'.contact-cta [data-contact-link]': '/guides/',
			'oip-risk-share [data-cta]': '/calculator/',
			'oip-contact-options [data-email-link]': '/contact/',
			'oip-contact-options [data-form-link]': '/contact/',
		};
		for (const locale of LOCALES) {
			for (const selector of [...Object.values(CTA_SELECTORS), ...Object.values(EXPORT_SELECTORS)]) {
				// The booking link is there when the firm has a booking page.
				if (selector.includes('data-form-link') && !siteConfig.contact.url) continue;
				const html = parseHtml(readDist(file(where[selector] ?? '/contract-builder/', locale)));
				expect(all(html, selector), `${selector} (${locale})`).toHaveLength(1);
			}
			const calculator = parseHtml(readDist(file('/calculator/', locale)));
			for (const selector of Object.values(CALCULATOR)) expect(all(calculator, selector), selector).toHaveLength(1);
		}
	});

	test.each(LOCALES)('the footer (every page) and the About page say what is counted, in %s', (locale) => {
		const t = dictionaries[locale];
		const provider = PROVIDER_NAME[config?.provider ?? 'plausible'];
		const fill = (text: string) => text.replace('{provider}', provider).replace('{host}', new URL(origin).host);
		for (const page of [file('/', locale), file('/guides/', locale), file('/calculator/', locale)]) {
			const footer = textOf(all(parseHtml(readDist(page)), 'footer')[0] ?? { type: 'root', children: [] });
			expect(footer).toContain(fill(t[privacyNoteKey(siteConfig)]).replace('{firm}', siteConfig.firm.name[locale]));
			expect(footer).not.toContain(t['footer.privacy']);
		}
		const about = parseHtml(readDist(file('/about/', locale)));
		const [section] = all(about, 'section[aria-labelledby="analytics"]');
		const text = textOf(section ?? { type: 'root', children: [] });
		for (const key of ['about.analytics.heading', 'about.analytics.who', 'about.analytics.what', 'about.analytics.device', 'about.analytics.never'] as const) {
			expect(text).toContain(fill(t[key]));
		}
		expect(all(parseHtml(readDist(file('/', locale))), `footer a[href="${localizePath('/about/', locale)}#analytics"]`)).toHaveLength(1);
	});
});

describe.runIf(!ANALYTICS)('analytics unset', () => {
	test.each(pages)('%s has no tracker, no glue and no other origin in its policy, and says nothing is counted', (page) => {
		const html = parseHtml(readDist(page));
		expect(all(html, 'script[src]').map((script) => attribute(script, 'src')).filter((src) => !src?.startsWith('/') || ANALYTICS_GLUE.test(src))).toEqual([]);
		const directives = policy(html);
		expect(directives.get('connect-src')).toEqual(["'self'"]);
		expect(withoutHashes(directives.get('script-src')).filter((value) => /^https?:/.test(value))).toEqual([]);
		const locale = LOCALES.find((l) => page.startsWith(`${l}/`)) ?? LOCALES[0];
		expect(textOf(all(html, 'footer')[0] ?? { type: 'root', children: [] })).toContain(dictionaries[locale]['footer.privacy']);
		expect(all(html, '#analytics')).toEqual([]);
	});

	test('no script of the site holds the glue', () => {
		const scripts = distFiles().filter((name) => name.endsWith('.js'));
		expect(scripts.length).toBeGreaterThan(0);
		for (const name of scripts) expect(readDist(name), name).not.toMatch(/Calculator completed|Builder exported|CTA click/);
	});
});
