import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { clauseLibraryPosition, guideReferences, literalId, readGuideReferences } from '@/build/markdown/guideReferences';
import { CLAUSE_LIBRARY_MARKER } from '@/lib/legal/references';

/** Runs the plugin over an MDX document the way Astro does and returns the collected references. */
async function collect(mdx: string) {
	const frontmatter: Record<string, unknown> = {};
	await mdxToJs(mdx, { mdastPlugins: [guideReferences], fileURL: new URL('file:///guide.mdx'), data: { astro: { frontmatter } } as never });
	return readGuideReferences(frontmatter);
}

describe('guideReferences', () => {
	test('collects <Cite> and <Term> ids in reading order, inline and as blocks, inside other components too', async () => {
		const refs = await collect(
			[
				'Copyright stays with the author <Cite id="zapsp-art-42" />.',
				'',
				'<Callout type="note">',
				'',
				'A <Term id="nda">non-disclosure agreement</Term> comes first <Cite id="tsd-art-2" />.',
				'',
				'</Callout>',
				'',
				'<Cite id="zapsp-art-42" />',
			].join('\n'),
		);
		expect(refs).toEqual({ citations: ['zapsp-art-42', 'tsd-art-2', 'zapsp-art-42'], terms: ['nda'] });
	});

	test('marks where the guide shows the clause library, in both lists, and counts the headings before it', async () => {
		const frontmatter: Record<string, unknown> = {};
		const mdx = ['## Intro {#intro}', '', 'A <Term id="nda">NDA</Term> <Cite id="a" />.', '', '<ClauseLibrary />', '', '## After {#after}', '', 'More <Cite id="b" />.'].join('\n');
		await mdxToJs(mdx, { features: { headingAttributes: true }, mdastPlugins: [guideReferences], data: { astro: { frontmatter } } as never });
		expect(readGuideReferences(frontmatter)).toEqual({ citations: ['a', CLAUSE_LIBRARY_MARKER, 'b'], terms: ['nda', CLAUSE_LIBRARY_MARKER] });
		expect(clauseLibraryPosition(frontmatter)).toBe(1);
		expect(clauseLibraryPosition({})).toBeUndefined();
	});

	test('collects nothing from a guide without citations', async () => {
		expect(await collect('# Plain\n\nNo law here.')).toEqual({ citations: [], terms: [] });
	});

	test('fails, naming the file and line, on a <Cite> without a literal id', async () => {
		await expect(collect('Text.\n\nSee <Cite id={source} />.')).rejects.toThrow(/guide\.mdx:3: <Cite> needs a literal id/);
		await expect(collect('<Term>word</Term>')).rejects.toThrow(/<Term> has no id attribute/);
	});
});

describe('literalId', () => {
	test('reads a literal id and rejects an empty one', () => {
		expect(literalId({ attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'nda' }] })).toBe('nda');
		const blank = literalId({ attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: '  ' }] });
		expect(typeof blank === 'object' ? blank.error : blank).toContain('literal id');
	});
});

test('readGuideReferences ignores anything that is not a list of strings', () => {
	expect(readGuideReferences({ citations: ['a', 3, null], terms: 'nda' })).toEqual({ citations: ['a'], terms: [] });
});
