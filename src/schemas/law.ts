import { z } from 'astro/zod';
import { localized } from './localized';

/** One law, regulation, directive or treaty (`src/content/laws/<id>.yaml`); the sources cite its articles. */
export const lawSchema = z.strictObject({
	/** Full official name in each language, e.g. "Закон за авторското право и сродните му права" / "Copyright and Related Rights Act". */
	name: localized,
	/** Short name used in inline citations and lists: "ЗАПСП" / "Copyright Act", "ОРЗД" / "GDPR". */
	short: localized,
	/** Where it applies: a Bulgarian statute, an act of the European Union, or an international treaty. */
	jurisdiction: z.enum(['bg', 'eu', 'international']),
	/** Official publication, shown in the sources list: the State Gazette issue, the Official Journal reference, the treaty's date. */
	publication: localized,
	/** The official text of the whole act, where it has a stable public address (EUR-Lex, the treaty depositary). */
	url: z.httpUrl().optional(),
});

export type Law = z.infer<typeof lawSchema>;
