// Every page that gets a social card, with the title its <head> states: each entry of the page registry with a card,
// a dynamic one once per guide or act, once per locale. A page missing here fails the build: its og:image would name a
// card that was never drawn, which siteChecks reports (and tests/dist/og.test.ts checks every page's card).
import { getGuides } from '@/data/guides';
import { getLawsWithSources } from '@/data/legal';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { useTranslations } from '@/lib/i18n/useTranslations';
import { actPagePath, actPageTitle } from '@/lib/legal/actPages';
import { isDynamic, PAGES, pagePath, type DynamicPageId, type PageEntry } from '@/lib/pages/registry';
import { siteConfig } from '@/site.config';

export interface SocialCardPage {
	/** Language-neutral path (`/guides/x/`). */
	path: string;
	locale: Locale;
	/** The page's title, as the page passes it to its <head>. */
	title: string;
}

/** The pages of each dynamic route in a locale, with their titles: the type checker asks for a rule for every new one. */
const INSTANCES: Record<DynamicPageId, (locale: Locale) => Promise<Omit<SocialCardPage, 'locale'>[]>> = {
	guide: async (locale) => (await getGuides(locale)).map((guide) => ({ path: guide.path, title: guide.entry.data.title })),
	act: async (locale) => {
		const t = useTranslations(locale);
		return (await getLawsWithSources(locale)).map(({ id, law }) => ({ path: actPagePath(id), title: actPageTitle(law.short[locale], t) }));
	},
};

/** The pages of one locale, in registry order (the guides in reading order, the acts as the sources page lists them). */
async function pagesOf(locale: Locale): Promise<SocialCardPage[]> {
	const t = useTranslations(locale);
	const pages = await Promise.all(
		PAGES.filter((entry: PageEntry) => entry.card !== undefined).map(async (entry: PageEntry): Promise<Omit<SocialCardPage, 'locale'>[]> => {
			if (isDynamic(entry)) return INSTANCES[entry.id as DynamicPageId](locale);
			return [{ path: pagePath(entry), title: entry.title ? t(entry.title) : siteConfig.brand[locale] }];
		}),
	);
	return pages.flat().map((page) => ({ ...page, locale }));
}

/** Every page of every locale. */
export async function getSocialCardPages(): Promise<SocialCardPage[]> {
	return (await Promise.all(LOCALES.map(pagesOf))).flat();
}
