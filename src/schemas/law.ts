import { z } from 'astro/zod';
import { LOCALES } from '../lib/i18n/locales';
import { localized, perLocale } from './localized';

/**
 * The addresses of an act's official text, one per language it is published in (the English text of an EU act is
 * `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679`, the Bulgarian one `…/BG/…`).
 */
const officialText = perLocale(z.httpUrl().optional()).refine((u) => LOCALES.some((locale) => u[locale] !== undefined), {
	error: `give the address of the official text in at least one language (${LOCALES.join(' or ')})`,
});

/** One law, regulation, directive or treaty (`src/content/laws/<id>.yaml`); the sources cite its articles. */
export const lawSchema = z
	.strictObject({
		/** Full official name in each language, e.g. "Закон за авторското право и сродните му права" / "Copyright and Related Rights Act". */
		name: localized,
		/** Short name used in inline citations and lists: "ЗАПСП" / "Copyright Act", "ОРЗД" / "GDPR". */
		short: localized,
		/** Where it applies: a Bulgarian statute, an act of the European Union, or an international treaty. */
		jurisdiction: z.enum(['bg', 'eu', 'international']),
		/** Official publication, shown in the sources list: the State Gazette issue, the Official Journal reference, the treaty's date. */
		publication: localized,
		/**
		 * The official text of the whole act in each language it has a stable public address for: an EU act's EUR-Lex page
		 * per language (`https://eur-lex.europa.eu/legal-content/BG/TXT/?uri=CELEX:<number>` and `…/EN/…`), a treaty's
		 * authentic text at its depositary. A page that can show a provision only in another language links the text in its own.
		 */
		url: officialText.optional(),
	})
	.refine((law) => law.jurisdiction !== 'eu' || (law.url?.en !== undefined && law.url.bg !== undefined), {
		error: 'an EU act is published in Bulgarian and in English: give url.bg and url.en (its EUR-Lex pages)',
		path: ['url'],
	});

export type Law = z.infer<typeof lawSchema>;
