import { z } from 'astro/zod';

/** A text given in every locale of the site. */
export const localized = z.strictObject({
	/** English text. */
	en: z.string().trim().min(1),
	/** Bulgarian text. */
	bg: z.string().trim().min(1),
});

/** A list given in every locale, item for item (the n-th Bulgarian item translates the n-th English one). */
export const localizedList = z
	.strictObject({
		/** English items. */
		en: z.array(z.string().trim().min(1)).min(1),
		/** Bulgarian items, in the same order. */
		bg: z.array(z.string().trim().min(1)).min(1),
	})
	.refine((l) => l.en.length === l.bg.length, { error: 'en and bg must list the same number of items' });

export type Localized = z.infer<typeof localized>;
