// One feed of the guides per locale: /rss.xml and /bg/rss.xml.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getGuides } from '@/data/guides';
import { localeStaticPaths } from '@/lib/i18n/localeStaticPaths';
import { localizePath } from '@/lib/i18n/localizePath';
import { siteConfig } from '@/site.config';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ locals }) => {
	const { locale, t } = locals;
	const guides = await getGuides(locale);
	return rss({
		title: `${siteConfig.brand[locale]}: ${t('rss.title')}`,
		description: t('rss.description'),
		site: new URL(localizePath('/', locale), locals.site),
		customData: `<language>${locale}</language>`,
		items: guides.map((guide) => ({
			title: guide.entry.data.title,
			description: guide.entry.data.description,
			pubDate: guide.entry.data.updatedDate ?? guide.entry.data.pubDate,
			link: guide.href,
			categories: guide.entry.data.tags,
		})),
	});
};
