/** Anything with a reading order and a slug: a guide entry reduced to what ordering needs. */
export interface Ordered {
	slug: string;
	order: number;
}

/**
 * Sorts guides by `order` (then slug, so ties are stable) and fails loudly on a duplicate `order`,
 * because two guides claiming the same place would make the previous/next links depend on file order.
 */
export function sortGuides<T extends Ordered>(guides: readonly T[]): T[] {
	const sorted = [...guides].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
	sorted.forEach((guide, i) => {
		const previous = sorted[i - 1];
		if (previous && previous.order === guide.order) {
			throw new Error(`Guides "${previous.slug}" and "${guide.slug}" both have order ${guide.order}; give each guide its own position.`);
		}
	});
	return sorted;
}

/** The guides before and after `slug` in reading order (undefined at either end). */
export function neighbours<T extends Ordered>(sorted: readonly T[], slug: string): { previous: T | undefined; next: T | undefined } {
	const index = sorted.findIndex((guide) => guide.slug === slug);
	if (index === -1) throw new Error(`Unknown guide "${slug}".`);
	return { previous: sorted[index - 1], next: sorted[index + 1] };
}
