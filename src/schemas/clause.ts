import { z } from 'astro/zod';
import { ASSETS, LOCATIONS, ORGS, SAFEGUARDS, SCOPES } from '../lib/risk/factors';
import { ENTRY_ID, GUIDE_LINK } from './ids';
import { localized, localizedList } from './localized';

/**
 * One condition on the risk calculator's answers under which the contract builder ticks a clause. Every answer it
 * names must match (a listed scope, location or organisation; any one of the listed shared assets); unnamed answers
 * match anything.
 */
const recommendWhen = z
	.strictObject({
		/** Kinds of work (any of them). */
		scope: z.array(z.enum(SCOPES)).min(1).optional(),
		/** Where the provider works (any of them). */
		location: z.array(z.enum(LOCATIONS)).min(1).optional(),
		/** Kinds of client (any of them). */
		org: z.array(z.enum(ORGS)).min(1).optional(),
		/** What the client shares (at least one of them). */
		share: z.array(z.enum(ASSETS)).min(1).optional(),
		/** Why the clause fits such a deal, one sentence per language, shown beside the ticked clause. */
		reason: localized,
	})
	.refine((w) => w.scope ?? w.location ?? w.org ?? w.share, { error: 'name at least one answer (scope, location, org or share)' });

/**
 * One clause of the clause library (`src/content/clauses/<id>.yaml`; the file name is its anchor in the library and its
 * id in the contract builder). Rich-text fields are inline MDX, as in the guides: links, `**bold**`, `<Term id>` and,
 * in `law`, `<Cite id>`.
 */
export const clauseSchema = z.strictObject({
	/** Position in the library and in a built schedule (unique). */
	order: z.int().positive(),
	/** The clause's heading, in each language (the schedule numbers it). */
	title: localized.refine((t) => t.en.length <= 80 && t.bg.length <= 100, { error: 'keep the title short (≤ 80 characters in English)' }),
	/** What the clause protects against, one sentence (rich text). */
	risk: localized,
	/** The calculator safeguard this clause puts in place: the calculator's "how to put it in place" link leads here. One clause per safeguard. */
	safeguard: z.enum(SAFEGUARDS).optional(),
	/** Other calculator safeguards the clause helps with (shown beside it, and it is ticked when the calculator recommends them). */
	supports: z.array(z.enum(SAFEGUARDS)).default([]),
	/** When the contract builder ticks the clause, besides its safeguards being recommended or in place. */
	recommend: z
		.strictObject({
			/** Every deal needs it: why, one sentence per language. */
			always: localized.optional(),
			/** Deals that need it, each with its reason. */
			when: z.array(recommendWhen).default([]),
		})
		.default({ when: [] }),
	/** The sample wording: one string per numbered paragraph, the same number in every language; `{fieldId}` marks a deal detail. Plain text. */
	wording: localizedList,
	/** Defined terms the wording uses (ids of files in `src/content/definitions/`): the schedule defines them once. */
	definitions: z.array(z.string().regex(ENTRY_ID)).default([]),
	/** What to adapt to the deal (rich text). */
	adapt: localized,
	/** The mistakes seen most (rich text). */
	mistakes: localized,
	/** The law behind the clause, each statement followed by its `<Cite id>` (rich text); its citations are the clause's sources. */
	law: localized,
	/** The guide section that explains the safeguard further: a slug with `#anchor`. */
	guide: z.string().regex(GUIDE_LINK, 'guide is a guide slug, optionally followed by #section-anchor').optional(),
});

export type Clause = z.infer<typeof clauseSchema>;
