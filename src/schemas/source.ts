import { z } from 'astro/zod';
import { calendarDate } from './calendarDate';
import { ENTRY_ID } from './ids';
import { LOCALES } from '../lib/i18n/locales';
import { localized, perLocale } from './localized';

/**
 * The operative words of a provision, quoted in the language(s) it was read in; at least one: English for EU acts and
 * treaties where English is an authentic language, Bulgarian for Bulgarian statutes and the Bulgarian version of EU acts.
 */
const quote = perLocale(z.string().trim().min(10).max(1000).optional()).refine((q) => LOCALES.some((locale) => q[locale] !== undefined), {
	error: `give the quotation in at least one language (${LOCALES.join(' or ')})`,
});

/** How each language's legal writing starts a pinpoint (a language not listed here is not checked). */
const PINPOINT_START: Partial<Record<(typeof LOCALES)[number], { start: RegExp; message: string }>> = {
	en: { start: /^Arts?\. \S/, message: 'the English pinpoint starts "Art. " or "Arts. "' },
	bg: { start: /^чл\. \S/, message: 'the Bulgarian pinpoint starts "чл. "' },
};

/**
 * One provision of a law (`src/content/sources/<id>.yaml`): what the guides cite with `<Cite id="…" />`.
 * Statute texts are not protected by copyright (ЗАПСП Art. 4, item 1), so the quotation may be verbatim;
 * the meaning is always in our own words.
 */
export const sourceSchema = z
	.strictObject({
		/** Id of the law the provision belongs to (a file name in `src/content/laws/`). */
		law: z.string().regex(ENTRY_ID, 'law must be the id of a file in src/content/laws/'),
		/** Article, paragraph and item as each language writes them: "Art. 42(1)–(2)" / "чл. 42, ал. 1 и 2" (PINPOINT_START). */
		pinpoint: localized.superRefine((pinpoint, context) => {
			for (const locale of LOCALES) {
				const style = PINPOINT_START[locale];
				if (style && !style.start.test(pinpoint[locale])) context.addIssue({ code: 'custom', message: style.message, path: [locale] });
			}
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
		url: z.union([z.httpUrl(), perLocale(z.httpUrl().optional())]),
		/** Date the provision was last read and checked against the text at `url` (YAML date, e.g. `2026-11-30`). */
		checked: calendarDate(),
	})
	.refine(({ quote, url }) => typeof url === 'string' || LOCALES.every((lang) => quote[lang] === undefined || url[lang] !== undefined), {
		error: `give ${LOCALES.map((locale) => `url.${locale}`).join(' and ')} for the languages quoted: where each quotation was read`,
		path: ['url'],
	});

export type Source = z.infer<typeof sourceSchema>;
