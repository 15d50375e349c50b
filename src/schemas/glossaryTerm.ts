import { z } from 'astro/zod';
import { localized, perLocale } from './localized';
import { ENTRY_ID, GUIDE_LINK } from './ids';

/** One glossary entry (`src/content/glossary/<id>.yaml`); the file name is its anchor on the glossary page in every language. */
export const glossaryTermSchema = z.strictObject({
	/** The term as readers meet it, in each language; the glossary is sorted by it. */
	term: localized,
	/** The abbreviation the guides use for it, per language where that language uses one ("NDA", "МСП"); each guide spells it out on first use. */
	abbreviation: perLocale(z.string().trim().min(2).optional()).optional(),
	/** One or two sentences in plain words. */
	definition: localized.refine((d) => d.en.length <= 420 && d.bg.length <= 480, { error: 'keep the definition to one or two sentences' }),
	/** The guide section that explains the term: a slug, optionally with `#anchor`. */
	guide: z.string().regex(GUIDE_LINK, 'guide is a guide slug, optionally followed by #section-anchor'),
	/** Legal sources the definition rests on (ids of files in `src/content/sources/`). */
	sources: z.array(z.string().regex(ENTRY_ID)).default([]),
	/** Other terms worth reading next (ids of glossary files). */
	related: z.array(z.string().regex(ENTRY_ID)).default([]),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
