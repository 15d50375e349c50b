// Every page and endpoint learns its language here, once: `Astro.locals.locale` (from the URL, via Astro's i18n
// routing) and `Astro.locals.t`, the translator for that language. Runs at build time for the prerendered site.
import { defineMiddleware } from 'astro:middleware';
import { pageLocale } from '@/lib/i18n/pageLocale';
import { useTranslations } from '@/lib/i18n/useTranslations';

export const onRequest = defineMiddleware((context, next) => {
	const locale = pageLocale(context.currentLocale);
	context.locals.locale = locale;
	context.locals.t = useTranslations(locale);
	return next();
});
