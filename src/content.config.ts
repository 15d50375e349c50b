// Collections: the guides (MDX per locale) and the statistics (one JSON file per data set).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { guideSchema } from '@/schemas/guide';
import { statsSchema } from '@/schemas/stats';

const guides = defineCollection({
	// Ids are `<locale>/<slug>`, e.g. `en/what-is-outsourcing`; the same slug in every locale marks translations.
	loader: glob({ base: './src/content/guides', pattern: '*/[^_]*.mdx' }),
	schema: guideSchema,
});

const stats = defineCollection({
	loader: file('./src/content/stats/bulgaria-market.json'),
	schema: statsSchema,
});

export const collections = { guides, stats };
