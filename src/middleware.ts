// Every page and endpoint learns its language here, once: `Astro.locals.locale` (from the URL, via Astro's i18n
// routing) and `Astro.locals.t`, the translator for that language; and the site's origin, `Astro.locals.site`, for
// absolute URLs. Runs at build time for the prerendered site.
import { defineMiddleware } from 'astro:middleware';
import { pageLocale } from '@/lib/i18n/pageLocale';
import { useTranslations } from '@/lib/i18n/useTranslations';

export const onRequest = defineMiddleware((context, next) => {
	if (!context.site) throw new Error('astro.config.mjs must set `site`: canonical URLs, hreflang, the sitemap and the feeds need it');
	context.locals.site = context.site;
	const locale = pageLocale(context.currentLocale);
	context.locals.locale = locale;
	context.locals.t = useTranslations(locale);
	return next();
});
