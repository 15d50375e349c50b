import Slugger from 'github-slugger';
import type { HastPluginDefinition } from 'satteri';

/**
 * Collects the ids of a Markdown document's headings into `ids`, as the pages will have them: a heading's own
 * `{#anchor}`, or else the slug of its text that Astro's Markdown processor gives it (github-slugger, one per document).
 * The content pre-check (src/build/checks/contentProblems.ts) uses it to check links to guide sections before the build.
 */
export function collectHeadingIds(ids: Set<string>): HastPluginDefinition {
	const slugger = new Slugger();
	return {
		name: 'collect-heading-ids',
		element: {
			filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
			visit(node, ctx) {
				const id = node.properties['id'];
				ids.add(typeof id === 'string' ? id : slugger.slug(ctx.textContent(node)));
			},
		},
	};
}
