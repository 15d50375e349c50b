// Every page that gets a social card, with the title its <head> states: the pages under src/pages/[...lang]/, every
// guide and every act's sources page, once per locale. A page missing here fails the build: its og:image would name a
// card that was never drawn, which siteChecks reports (and tests/dist/og.test.ts checks every page's card).
import { getGuides } from '@/data/guides';
import { getLawsWithSources } from '@/data/legal';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { useTranslations } from '@/lib/i18n/useTranslations';
import { actPagePath, actPageTitle } from '@/lib/legal/actPages';
import { PAGE_TITLE_KEYS } from '@/lib/seo/socialCard';
import { siteConfig } from '@/site.config';

export interface SocialCardPage {
	/** Language-neutral path (`/guides/x/`). */
	path: string;
	locale: Locale;
	/** The page's title, as the page passes it to its <head>. */
	title: string;
}

/** The pages of one locale: home, the fixed pages, the guides in reading order, then the acts as the sources page lists them. */
async function pagesOf(locale: Locale): Promise<SocialCardPage[]> {
	const t = useTranslations(locale);
	const [guides, laws] = await Promise.all([getGuides(locale), getLawsWithSources(locale)]);
	return [
		{ path: '/', locale, title: siteConfig.brand[locale] },
		...Object.entries(PAGE_TITLE_KEYS).map(([path, key]) => ({ path, locale, title: t(key) })),
		...guides.map((guide) => ({ path: guide.path, locale, title: guide.entry.data.title })),
		...laws.map(({ id, law }) => ({ path: actPagePath(id), locale, title: actPageTitle(law.short[locale], t) })),
	];
}

/** Every page of every locale. */
export async function getSocialCardPages(): Promise<SocialCardPage[]> {
	return (await Promise.all(LOCALES.map(pagesOf))).flat();
}
