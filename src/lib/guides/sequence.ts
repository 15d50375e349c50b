/** Anything with a reading order and a slug: a guide entry reduced to what ordering needs. */
export interface Ordered {
	slug: string;
	order: number;
	/** The guide's source file, named in errors so the editor knows what to open. */
	file?: string | undefined;
}

/**
 * Sorts guides by `order` (then slug, so ties are stable) and fails loudly on a duplicate `order`,
 * because two guides claiming the same place would make the previous/next links depend on file order.
 */
export function sortGuides<T extends Ordered>(guides: readonly T[]): T[] {
	const sorted = [...guides].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
	const clashes = [...Map.groupBy(sorted, (guide) => guide.order)].filter(([, group]) => group.length > 1);
	if (clashes.length > 0) {
		const name = (guide: T) => guide.file ?? `"${guide.slug}"`;
		const lines = clashes.map(([order, group]) => `order ${order}: ${group.map(name).join(', ')}`);
		throw new Error(`Each guide needs its own order (its place in the reading order), but some share one:\n${lines.join('\n')}`);
	}
	return sorted;
}

/** Explicit previous/next slugs a guide may set in its front matter, overriding the reading order. */
export interface NeighbourOverrides {
	previous?: string | undefined;
	next?: string | undefined;
}

/**
 * The guides before and after `slug`: the reading order, unless the guide names its own previous/next.
 * A named guide that does not exist fails loudly, so a typo cannot silently drop a link.
 */
export function neighbours<T extends Ordered>(
	sorted: readonly T[],
	slug: string,
	overrides: NeighbourOverrides = {},
): { previous: T | undefined; next: T | undefined } {
	const index = sorted.findIndex((guide) => guide.slug === slug);
	if (index === -1) throw new Error(`Unknown guide "${slug}".`);
	const named = (field: keyof NeighbourOverrides, fallback: T | undefined) => {
		const wanted = overrides[field];
		if (wanted === undefined) return fallback;
		const found = sorted.find((guide) => guide.slug === wanted);
		if (!found || found.slug === slug) {
			const known = sorted.map((g) => g.slug).filter((s) => s !== slug).join(', ');
			throw new Error(`Guide "${slug}" sets ${field}: "${wanted}", which is not another guide in its language (known: ${known}).`);
		}
		return found;
	};
	return { previous: named('previous', sorted[index - 1]), next: named('next', sorted[index + 1]) };
}
