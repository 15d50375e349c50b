import { z } from 'astro/zod';
import type { SchemaContext } from 'astro/content/config';
import { calendarDate } from './calendarDate';

/** Lowercase words separated by single spaces or hyphens, in any script (tags are shown as written). */
const TAG = /^[\p{Ll}\p{Nd}]+(?:[ -][\p{Ll}\p{Nd}]+)*$/u;

/** Front matter of one guide (`src/content/guides/<locale>/<slug>.mdx`). */
export const guideSchema = ({ image }: Pick<SchemaContext, 'image'>) =>
	z
		.strictObject({
			/** Page title, also the `<h1>` and the Open Graph title; the brand is appended by the layout. */
			title: z.string().trim().min(5).max(70),
			/** Meta description and index summary: one or two full sentences, shown in search results. */
			description: z.string().trim().min(50).max(170),
			/** Date of first publication (YAML date, e.g. `2026-11-30`). */
			pubDate: calendarDate(),
			/** Date of the last substantive revision; omitted when the guide was never revised. */
			updatedDate: calendarDate().optional(),
			/** Position in the reading order: drives the guide index and the previous/next links. */
			order: z.number().int().positive(),
			/** Topic tags in lowercase, in the guide's own language. */
			tags: z.array(z.string().regex(TAG, 'tags are lowercase words separated by single spaces or hyphens')).min(1).max(8),
			/** Reading time in minutes when the computed one (from the word count) is misleading, e.g. for a table-heavy guide. */
			readingMinutes: z.number().int().positive().max(60).optional(),
			/** Slug of the guide the "previous" link should lead to, instead of the one before in reading order. */
			previous: z.string().trim().min(1).optional(),
			/** Slug of the guide the "next" link should lead to, instead of the one after in reading order. */
			next: z.string().trim().min(1).optional(),
			/** Optional picture above the title; the alternative text is required for accessibility. */
			hero: z.object({ image: image(), alt: z.string().trim().min(1) }).optional(),
		})
		.refine((g) => !g.updatedDate || g.updatedDate >= g.pubDate, {
			error: 'updatedDate must not be earlier than pubDate',
			path: ['updatedDate'],
		});

export type GuideFrontmatter = z.infer<ReturnType<typeof guideSchema>>;
