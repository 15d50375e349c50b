// Collections: the guides (MDX per locale), the statistics (one JSON file per data set), and the legal layer the
// guides cite through: laws, their provisions (sources), the glossary and the FAQ. These hold every locale in one file.
// And the About page's body per locale, the clause library and the contract schedule's defined terms.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { jsonFile } from '@/build/checks/jsonFile';
import { clauseSchema } from '@/schemas/clause';
import { definitionSchema } from '@/schemas/definition';
import { faqEntrySchema } from '@/schemas/faqEntry';
import { glossaryTermSchema } from '@/schemas/glossaryTerm';
import { guideSchema } from '@/schemas/guide';
import { lawSchema } from '@/schemas/law';
import { sourceSchema } from '@/schemas/source';
import { statsSchema } from '@/schemas/stats';

const guides = defineCollection({
	// Ids are `<locale>/<slug>`, e.g. `en/what-is-outsourcing`; the same slug in every locale marks translations.
	loader: glob({ base: './src/content/guides', pattern: '*/[^_]*.mdx' }),
	schema: guideSchema,
});

const stats = defineCollection({
	// Not file(): a syntax error must fail the build instead of shipping the last build's figures.
	loader: jsonFile('./src/content/stats/bulgaria-market.json'),
	schema: statsSchema,
});

// Ids are file names: `zapsp.yaml` is the law "zapsp", `zapsp-art-42.yaml` the source "zapsp-art-42".
const laws = defineCollection({ loader: glob({ base: './src/content/laws', pattern: '*.yaml' }), schema: lawSchema });
const sources = defineCollection({ loader: glob({ base: './src/content/sources', pattern: '*.yaml' }), schema: sourceSchema });
const glossary = defineCollection({ loader: glob({ base: './src/content/glossary', pattern: '*.yaml' }), schema: glossaryTermSchema });
// The About page's body, one MDX file per locale (`en.mdx`, `bg.mdx`; the id is the locale). No front matter: the
// page's title and description are dictionary strings, the firm's details come from src/site.config.ts.
const about = defineCollection({ loader: glob({ base: './src/content/about', pattern: '*.mdx' }) });
const faq = defineCollection({ loader: glob({ base: './src/content/faq', pattern: '*.yaml' }), schema: faqEntrySchema });

// The clause library: one clause per file, every language in it (the file name is its anchor and its builder id), and
// the defined terms of a contract schedule built from the clauses.
const clauses = defineCollection({ loader: glob({ base: './src/content/clauses', pattern: '*.yaml' }), schema: clauseSchema });
const definitions = defineCollection({ loader: glob({ base: './src/content/definitions', pattern: '*.yaml' }), schema: definitionSchema });

export const collections = { guides, stats, laws, sources, glossary, faq, about, clauses, definitions };
