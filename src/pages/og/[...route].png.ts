// One social card (Open Graph image) per page and language, drawn at build time: /og/<locale><path>.png
// (src/lib/seo/socialCard.ts maps a page to its card; BaseHead names it in og:image and twitter:image).
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { renderCard } from '@/build/og/renderCard';
import { logo } from '@/data/logo';
import { getSocialCardPages } from '@/data/socialCards';
import { fitHeight } from '@/lib/look/logo';
import { brandPalette, stylesheetPalette } from '@/lib/look/palette';
import { cardColors, logoMark, markImage, MARK_HEIGHT, MARK_MAX_WIDTH } from '@/lib/seo/cardLayout';
import { cardRoute, cardText } from '@/lib/seo/socialCard';
import { useTranslations } from '@/lib/i18n/useTranslations';
import { siteConfig } from '@/site.config';
import chartStylesheet from '@/styles/charts.css?raw';
import stylesheet from '@/styles/global.css?raw';
import favicon from '../../../public/favicon.svg?raw';

export const getStaticPaths = (async () => {
	const pages = await getSocialCardPages();
	return pages.map((page) => ({ params: { route: cardRoute(page.path, page.locale) }, props: { ...page } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

// The light theme's colours, with the firm's brand colour (src/site.config.ts `look.colors`) in place of the site's own:
// the same derivation, and the same contrast check before the build, as the pages' (src/build/integrations/brandColors.ts).
const { light } = brandPalette(stylesheetPalette(stylesheet, chartStylesheet), siteConfig.look?.colors);
const colors = { ...cardColors(stylesheet), accent: light.accent, 'accent-soft': light['accent-soft'] };
// The firm's logo in its proportions (src/site.config.ts `look.logo`), or the site's mark in the brand colour.
const mark = logo ? logoMark(logo.svg, fitHeight(logo, MARK_HEIGHT, MARK_MAX_WIDTH)) : { src: markImage(favicon, colors.accent), width: MARK_HEIGHT, height: MARK_HEIGHT };

export const GET: APIRoute<Props> = async ({ props, locals }) => {
	const { path, locale, title } = props;
	const text = cardText({ path, title, brand: siteConfig.brand[locale], site: locals.site, t: useTranslations(locale) });
	const png = await renderCard(text, colors, mark);
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
