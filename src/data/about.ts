// The About page's body in one language: `src/content/about/<locale>.mdx`.
import { getEntry, type CollectionEntry } from 'astro:content';
import type { Locale } from '@/lib/i18n/locales';

/** The About page's MDX entry for `locale`; fails the build, naming the file, when it is missing. */
export async function getAbout(locale: Locale): Promise<CollectionEntry<'about'>> {
	const entry = await getEntry('about', locale);
	if (!entry) throw new Error(`src/content/about/${locale}.mdx is missing: the About page needs a body in every language`);
	return entry;
}
