import { z } from 'astro/zod';
import { localized } from './localized';

/**
 * A defined term of a built contract schedule (`src/content/definitions/<id>.yaml`), e.g. "Results". The schedule's
 * Definitions list the ones its clauses name in `definitions`, in `order`.
 */
export const definitionSchema = z.strictObject({
	/** Position in the schedule's Definitions. */
	order: z.int().positive(),
	/** The term as the wording writes it, capitalised ("Confidential Information", „Поверителна информация“). */
	term: localized,
	/** What it means: plain text completing "“Term” means …", which may use `{fieldId}` deal details. */
	text: localized,
	/** Whether every schedule defines it (the parties, the agreement). */
	always: z.boolean().default(false),
});

export type Definition = z.infer<typeof definitionSchema>;
