// Short rich texts in YAML: inline MDX read into a small tree, and everything a sentence does not need refused.
import { describe, expect, test } from 'vitest';
import { citationsOf, clauseLibraryReferences, parseRichText, plainTextOf, termsOf } from '@/build/markdown/richText';

describe('parseRichText', () => {
	test('reads text, emphasis, links, citations and term links', () => {
		const parsed = parseRichText('A **penalty** [compensates](/guides/x/#y) *harm* <Cite id="zzd-art-92" /> under an <Term id="nda">NDA</Term>.');
		expect(parsed).toEqual({
			ok: true,
			nodes: [
				{ type: 'text', value: 'A ' },
				{ type: 'strong', children: [{ type: 'text', value: 'penalty' }] },
				{ type: 'text', value: ' ' },
				{ type: 'link', href: '/guides/x/#y', children: [{ type: 'text', value: 'compensates' }] },
				{ type: 'text', value: ' ' },
				{ type: 'emphasis', children: [{ type: 'text', value: 'harm' }] },
				{ type: 'text', value: ' ' },
				{ type: 'cite', id: 'zzd-art-92' },
				{ type: 'text', value: ' under an ' },
				{ type: 'term', id: 'nda', children: [{ type: 'text', value: 'NDA' }] },
				{ type: 'text', value: '.' },
			],
		});
	});

	test.each([
		['an expression', 'A {value}', 'mdxTextExpression is not allowed'],
		['a list', '- one\n- two', 'write one paragraph'],
		['two paragraphs', 'One.\n\nTwo.', 'write one paragraph'],
		['another component', 'See <Callout id="x" />.', '<Callout> is not allowed here'],
		['a citation without an id', 'See <Cite />.', '<Cite> needs a literal id'],
		['inline code', 'Run `x`.', 'inlineCode is not allowed'],
		['broken MDX', 'A <Cite id="x"', 'not valid MDX'],
	])('refuses %s, saying why', (_what, text, problem) => {
		const parsed = parseRichText(text);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.problems.join('\n')).toContain(problem);
	});

	test('markup in the text stays text (a YAML field cannot inject HTML)', () => {
		const parsed = parseRichText('Fees &lt; 5 and a “quote” & more');
		expect(parsed.ok && plainTextOf(parsed.nodes)).toBe('Fees < 5 and a “quote” & more');
	});
});

test('citationsOf, termsOf and plainTextOf read the tree in order', () => {
	const parsed = parseRichText('**<Term id="nda">An NDA</Term>** <Cite id="a" /> and [<Term id="escrow">escrow</Term>](/x/) <Cite id="b" />.');
	if (!parsed.ok) throw new Error(parsed.problems.join('; '));
	expect(citationsOf(parsed.nodes)).toEqual(['a', 'b']);
	expect(termsOf(parsed.nodes)).toEqual(['nda', 'escrow']);
	expect(plainTextOf(parsed.nodes)).toBe('An NDA  and escrow .');
});

test('clauseLibraryReferences lists the clauses’ citations and terms clause by clause, field by field', () => {
	const clause = (risk: string, law: string) => ({ risk, adapt: 'Adapt.', mistakes: 'Mistakes.', law });
	expect(
		clauseLibraryReferences([clause('A <Term id="nda">NDA</Term>.', 'Law <Cite id="a" />.'), clause('Plain.', 'Law <Cite id="b" /> <Cite id="a" />.')]),
	).toEqual({ citations: ['a', 'b', 'a'], terms: ['nda'] });
	expect(() => clauseLibraryReferences([clause('- a list', 'x')])).toThrow('risk: write one paragraph');
});
