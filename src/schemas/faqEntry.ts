import { z } from 'astro/zod';
import { ENTRY_ID, GUIDE_LINK } from './ids';
import { localized } from './localized';

/** One question of the FAQ (`src/content/faq/<id>.yaml`); the file name is its anchor on the FAQ page in every language. */
export const faqEntrySchema = z.strictObject({
	/** Position on the FAQ page (unique). */
	order: z.number().int().positive(),
	/** The question as readers ask it, ending with a question mark, in each language. */
	question: localized.refine((q) => q.en.endsWith('?') && q.bg.endsWith('?'), { error: 'a question ends with "?" in every language' }),
	/** The short answer, one to three sentences in plain words; the guide behind it gives the detail. */
	answer: localized.refine((a) => a.en.length <= 600 && a.bg.length <= 700, { error: 'keep the answer short: the guide gives the detail' }),
	/** Where the full answer is: guide slugs, each optionally with `#anchor`; the first one is the main link. */
	more: z.array(z.string().regex(GUIDE_LINK, 'more: guide slugs, optionally followed by #section-anchor')).min(1),
	/** Legal sources the answer rests on (ids of files in `src/content/sources/`). */
	sources: z.array(z.string().regex(ENTRY_ID)).default([]),
});

export type FaqEntry = z.infer<typeof faqEntrySchema>;
