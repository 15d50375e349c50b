// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { contentChecks } from './src/build/integrations/contentChecks.ts';
import { notFoundPages } from './src/build/integrations/notFoundPages.ts';
import { placeholderGuard } from './src/build/integrations/placeholderGuard.ts';
import { guideReferences } from './src/build/markdown/guideReferences.ts';
import { noTypedPercentages } from './src/build/markdown/noTypedPercentages.ts';
import { scrollableTables } from './src/build/markdown/scrollableTables.ts';
import { pageCsp } from './src/build/integrations/pageCsp.ts';
import { searchIndex } from './src/build/integrations/searchIndex.ts';
import { siteChecks } from './src/build/integrations/siteChecks.ts';
import { siteConfigSource } from './src/build/integrations/siteConfigSource.ts';
import { analytics } from './src/build/integrations/analytics.ts';
import { brandColors } from './src/build/integrations/brandColors.ts';
import { brandFont } from './src/build/integrations/brandFont.ts';
import { hostConfigs } from './src/build/integrations/hostConfigs.ts';
import { socialCardStats } from './src/build/integrations/socialCardStats.ts';
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO } from './src/lib/i18n/locales.ts';
import { stripLocale } from './src/lib/i18n/localizePath.ts';
import { pageAt } from './src/lib/pages/registry.ts';

/**
 * Browser bundles only. Treat property reads as free of side effects, so the bundler can drop Chart.js classes
 * the chart never registers (their `static defaults = { … Ticks.formatters … }` otherwise keep them alive:
 * about 6 KB gzip of unused log, radial and time scales in the lazily loaded chart chunk). And group the code that
 * several pages share into a few chunks, each cached once; a page's own code stays in its one script (the calculator
 * and the contract builder load their islands through one entry each, CalculatorScript.astro and BuilderScript.astro).
 * @returns {import('vite').Plugin}
 */
function leanClientBundles() {
	// Vite's helper for lazy imports (one line here, see `load` below) too, or it would be a file of its own for the
	// builder and the chart.
	const shared = /\/src\/(components\/island\.ts|lib\/i18n\/(?!format\.ts))|vite\/preload-helper/;
	// What the contact page shares with the calculator and the builder (campaign and prefill links, the copy buttons):
	// with the risk model it would make the contact page load the whole model. Fitting the mail link (fitMailto),
	// writing it (buildContactHref) and reading a prefilled message (readPrefill) serve the contact page alone, so they
	// stay in that page's own script.
	const contact = /\/src\/(lib\/cta\/(?!fitMailto|buildContactHref|readPrefill)|components\/copy\/)/;
	// The campaign-link tool's own code (src/lib/campaign/, lean-qr) matches no group on purpose: it stays in that page's
	// script, and the tool imports only what the contact chunk already exports, so neither that chunk nor the calculator's
	// download grows for it.
	// The risk model and what the calculator's and the contract builder's stores share (nanostores, the browser's
	// storage and address, the notice of what a link dropped): one chunk the calculator, the builder and the compare
	// page load. What only the calculator runs (the what-if alternatives, the result's wording, loading its answers) and
	// what only the compare page runs stay in those pages' scripts.
	const risk = /\/src\/(lib\/risk\/(?!whatIf|compare|resultText|loadAnswers)|stores\/browserEnvironment\.ts|components\/showNotice\.ts)|\/node_modules\/nanostores\//;
	return {
		name: 'lean-client-bundles',
		enforce: 'pre',
		// Vite wraps every lazy import() in a helper that first preloads the lazy chunk's imports and CSS (0.8 KB gzip).
		// Here it has nothing to do: preloading is off (modulePreload below: a lazy chunk's imports are the page's own
		// chunks, already loaded) and no chunk imports CSS (every page's CSS is inlined, build.inlineStylesheets), so
		// the helper just imports (tests/dist/budgets.test.ts checks that no script asks for a stylesheet).
		load(id) {
			if (this.environment?.name === 'client' && id === '\0vite/preload-helper.js') return 'export const __vitePreload = (load) => load();';
			return null;
		},
		configEnvironment(name) {
			if (name !== 'client') return null;
			return {
				build: {
					// A lazily imported chunk's own imports are the page's chunks, already loaded: nothing to preload.
					modulePreload: false,
					rolldownOptions: {
						treeshake: { propertyReadSideEffects: false },
						output: {
							codeSplitting: {
								groups: [
									// Helpers every island uses: first, or the next groups would take them (a group takes its
									// modules' dependencies too) and the search page would load the contact chunk.
									{ name: 'islands', test: shared, priority: 4 },
									// Number formats only the statistics chart uses in the browser: not in every island's download.
									{ name: 'format', test: /\/src\/lib\/i18n\/format\.ts$/, priority: 3 },
									{ name: 'contact', test: contact, priority: 2 },
									{ name: 'risk', test: risk, priority: 1 },
								],
							},
						},
					},
				},
			};
		},
	};
}

export default defineConfig({
	site: 'https://outsourcing-ip.example',
	trailingSlash: 'always',
	integrations: [
		// src/site.config.ts (or the file SITE_CONFIG names, with its origin) against its schema, naming each field.
		siteConfigSource(),
		// Only when the configuration sets `analytics`: the events' glue on every page (the tracker is in Base.astro).
		analytics(),
		// The firm's colours, if it set any: a failed build naming each pair below WCAG AA, else written over the site's blue.
		brandColors(),
		// The firm's typeface, if it chose one: self-hosted woff2 files and their @font-face rules (BaseHead.astro <Font>).
		brandFont(),
		// Placeholders left in src/site.config.ts or `site` above: a warning, or with DEPLOY=1 a failed build naming each.
		placeholderGuard(),
		// Then: every content mistake in one report, before Astro's own sync stops at the first.
		contentChecks(),
		mdx(),
		sitemap({
			// The pages search engines may index (src/lib/pages/registry.ts): not the 404 pages, the search pages, the compare
			// page nor the campaign-link tool, which are noindex.
			filter: (page) => pageAt(stripLocale(new URL(page).pathname).replace(/\/?$/, '/'))?.indexable === true,
			// Each URL lists its counterparts in the other languages (xhtml:link hreflang)…
			i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((locale) => [locale, LOCALE_INFO[locale].lang])) },
			// …and, as the pages' own <head> does, the default language's page as x-default for readers of any other language.
			serialize(item) {
				const original = item.links?.find((link) => link.lang === LOCALE_INFO[DEFAULT_LOCALE].lang);
				return original ? { ...item, links: [...(item.links ?? []), { lang: 'x-default', url: original.url }] } : item;
			},
		}),
		notFoundPages(),
		// Each page's CSP with only its own hashes, then the checks that prove it still allows every inline script.
		pageCsp(),
		// The search index (dist/pagefind/), one per language, from the finished pages.
		searchIndex(),
		siteChecks(),
		// The social cards (src/pages/og/) are drawn with the pages, so siteChecks finds each page's og:image; this logs their cost.
		socialCardStats(),
		// public/_headers and _redirects written for Apache (dist/.htaccess), nginx and Caddy (hosting/).
		hostConfigs(),
	],
	markdown: {
		// `## Heading {#anchor}` gives sections ids that stay the same in every language (deep links from the calculator).
		// guideReferences collects each guide's <Cite> and <Term> ids for its Sources section and the build's id check;
		// noTypedPercentages keeps statistics out of the prose (they come from the data set).
		processor: satteri({ features: { headingAttributes: true }, mdastPlugins: [guideReferences, noTypedPercentages], hastPlugins: [scrollableTables] }),
		// Shiki writes inline styles, which the CSP forbids; the guides have no code blocks.
		syntaxHighlight: false,
	},
	vite: { plugins: [leanClientBundles()] },
	build: {
		// Small pages: inlining the CSS saves a request and keeps first load within one round trip.
		inlineStylesheets: 'always',
	},
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
				// Not `upgrade-insecure-requests`: WebKit applies it to http://127.0.0.1 too, so on a plain-http preview or
				// staging host every module script would be requested over https and fail. public/_headers sends it with
				// the pages a host serves over https.
				// DOM sinks (innerHTML, eval…) refuse plain strings: none of the site's scripts uses them (e2e checks every page).
				"require-trusted-types-for 'script'",
				// …and no script may create a Trusted Types policy to get round that: the site's scripts create none
				// (tests/dist/csp.test.ts reads the names every shipped script passes to createPolicy).
				"trusted-types 'none'",
			],
		},
	},
	i18n: {
		locales: [...LOCALES],
		defaultLocale: DEFAULT_LOCALE,
		routing: { prefixDefaultLocale: false },
	},
});
