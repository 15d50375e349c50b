// What the middleware (src/middleware.ts) gives every page and component.
declare namespace App {
	interface Locals {
		/** The language of the page being rendered. */
		locale: import('./lib/i18n/locales').Locale;
		/** Translates an interface string into that language. */
		t: import('./lib/i18n/translator').Translate;
		/** The site's origin (astro.config.mjs `site`), for absolute URLs. */
		site: URL;
	}
}
