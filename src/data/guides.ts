// Guide queries shared by the guide pages, the index, the home page and the feeds.
import { getCollection, type CollectionEntry } from 'astro:content';
import { parseGuideId } from '@/lib/guides/guideSlug';
import { countWords, readingMinutes } from '@/lib/guides/readingTime';
import { sortGuides } from '@/lib/guides/sequence';
import { countClauseWords } from '@/data/clauses';
import type { Locale } from '@/lib/i18n/locales';
import { localizePath } from '@/lib/i18n/localizePath';

export interface Guide {
	entry: CollectionEntry<'guides'>;
	locale: Locale;
	slug: string;
	order: number;
	/** Source file, e.g. `src/content/guides/en/what-is-outsourcing.mdx`. */
	file: string | undefined;
	/** Language-neutral path, e.g. `/guides/what-is-outsourcing/`. */
	path: string;
	/** Path in the guide's own locale. */
	href: string;
	minutes: number;
}

/** The guides of one locale, in reading order. */
export async function getGuides(locale: Locale): Promise<Guide[]> {
	const entries = await getCollection('guides', (entry) => parseGuideId(entry.id).locale === locale);
	// The clause library's words count towards the reading time of the guide that shows it.
	const libraryWords = await countClauseWords(locale);
	const words = (body: string) => countWords(body) + (body.includes('<ClauseLibrary') ? libraryWords : 0);
	return sortGuides(
		entries.map((entry) => {
			const { slug } = parseGuideId(entry.id);
			const path = `/guides/${slug}/`;
			return {
				entry,
				locale,
				slug,
				order: entry.data.order,
				file: entry.filePath,
				path,
				href: localizePath(path, locale),
				minutes: entry.data.readingMinutes ?? readingMinutes(words(entry.body ?? '')),
			};
		}),
	);
}
