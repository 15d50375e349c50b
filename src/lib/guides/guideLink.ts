/** A guide as a link target: its slug, title and address in one locale. */
export interface LinkableGuide {
	slug: string;
	href: string;
	title: string;
}

/**
 * The link for a `slug#anchor` reference (glossary entries, FAQ answers) in one locale, or undefined when the
 * locale has no such guide. Anchors are the same in every language, so only the guide's address changes.
 */
export function resolveGuideLink(link: string, guides: readonly LinkableGuide[]): { href: string; title: string } | undefined {
	const [slug, anchor] = link.split('#');
	const guide = guides.find((g) => g.slug === slug);
	if (!guide) return undefined;
	return { href: anchor ? `${guide.href}#${anchor}` : guide.href, title: guide.title };
}
