import { z } from 'astro/zod';
import { calendarDate } from './calendarDate';
import { ENTRY_ID } from './ids';
import { localized } from './localized';

/** The operative words of a provision, quoted in the language(s) it was read in; at least one. */
const quote = z
	.strictObject({
		/** The English text (EU acts and treaties, where English is an authentic language). */
		en: z.string().trim().min(10).max(1000).optional(),
		/** The Bulgarian text (Bulgarian statutes; the Bulgarian version of EU acts). */
		bg: z.string().trim().min(10).max(1000).optional(),
	})
	.refine((q) => q.en !== undefined || q.bg !== undefined, { error: 'give the quotation in at least one language (en or bg)' });

/**
 * One provision of a law (`src/content/sources/<id>.yaml`): what the guides cite with `<Cite id="…" />`.
 * Statute texts are not protected by copyright (ЗАПСП Art. 4, item 1), so the quotation may be verbatim;
 * the meaning is always in our own words.
 */
export const sourceSchema = z
	.strictObject({
		/** Id of the law the provision belongs to (a file name in `src/content/laws/`). */
		law: z.string().regex(ENTRY_ID, 'law must be the id of a file in src/content/laws/'),
		/** Article, paragraph and item as each language writes them: "Art. 42(1)–(2)" / "чл. 42, ал. 1 и 2". */
		pinpoint: z.strictObject({
			/** English form, starting "Art." or "Arts.". */
			en: z.string().trim().regex(/^Arts?\. \S/, 'the English pinpoint starts "Art. " or "Arts. "'),
			/** Bulgarian form, starting "чл." */
			bg: z.string().trim().regex(/^чл\. \S/, 'the Bulgarian pinpoint starts "чл. "'),
		}),
		/** A short verbatim quotation of the operative words (one or two sentences). */
		quote,
		/**
		 * Where the quotation comes from, when it is not the provision's own current text: another provision of the act that
		 * states its effect, or the text as first published when the current wording could not be read. One sentence per
		 * language, shown beside the quotation, until the current text has been read in a source we can cite.
		 */
		quoteNote: localized.optional(),
		/** What the provision means for an outsourcing client, in our own words, one to three sentences. */
		meaning: localized.refine((m) => m.en.length <= 500 && m.bg.length <= 600, { error: 'keep the meaning short (≤ 500 characters in English)' }),
		/**
		 * Where the provision was read: the official text where possible. One address, or one per quoted language where each
		 * language has its own page (EUR-Lex); the entry links the address of the quotation it shows.
		 */
		url: z.union([
			z.httpUrl(),
			z.strictObject({
				/** Where the English quotation was read. */
				en: z.httpUrl().optional(),
				/** Where the Bulgarian quotation was read. */
				bg: z.httpUrl().optional(),
			}),
		]),
		/** Date the provision was last read and checked against the text at `url` (YAML date, e.g. `2026-11-30`). */
		checked: calendarDate(),
	})
	.refine(({ quote, url }) => typeof url === 'string' || (['en', 'bg'] as const).every((lang) => quote[lang] === undefined || url[lang] !== undefined), {
		error: 'give url.en and url.bg for the languages quoted: where each quotation was read',
		path: ['url'],
	});

export type Source = z.infer<typeof sourceSchema>;
