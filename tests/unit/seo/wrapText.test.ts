// Line breaking for the social cards, with a simple measure (every character half an em, a space a quarter): where
// lines break, how text too long is cut, and which size a title gets.
import { expect, test } from 'vitest';
import { splitGraphemes } from '@/lib/i18n/graphemes';
import { ELLIPSIS, fitTitle, wrapBalanced, wrapText, type MeasureText } from '@/lib/seo/wrapText';

const measure: MeasureText = (text) => splitGraphemes(text).reduce((width, character) => width + (character === ' ' ? 0.25 : 0.5), 0);

test('breaks at spaces, filling each line as far as it fits', () => {
	// 10 ems: 20 letters a line.
	const { lines, truncated } = wrapText('Местоположение на изпълнителя и риск', { maxWidth: 10, maxLines: 4, measure });
	expect(lines).toEqual(['Местоположение на', 'изпълнителя и риск']);
	expect(truncated).toBe(false);
	for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(10);
});

test('splits a word longer than a line between characters', () => {
	expect(wrapText('Интелектуалнасобственост', { maxWidth: 5, maxLines: 4, measure }).lines).toEqual(['Интелектуа', 'лнасобстве', 'ност']);
});

test('cuts text that needs more lines at a word and ends it with an ellipsis that fits', () => {
	const { lines, truncated } = wrapText('Клаузи в договора за аутсорсинг: примерни текстове и правна основа', { maxWidth: 10, maxLines: 2, measure });
	expect(truncated).toBe(true);
	expect(lines).toHaveLength(2);
	expect(lines[1]).toMatch(new RegExp(`\\S${ELLIPSIS}$`, 'u'));
	// Cut after a whole word, with the colon before the cut dropped.
	expect(lines.join(' ')).toBe(`Клаузи в договора за аутсорсинг${ELLIPSIS}`);
	for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(10);
});

test('cuts between characters when not even one word of the last line fits with the ellipsis', () => {
	const { lines } = wrapText('Аутсорсингът Интелектуалнасобственост', { maxWidth: 5, maxLines: 1, measure });
	expect(lines).toEqual([`Аутсорсин${ELLIPSIS}`]);
});

test('an empty or blank text has no lines', () => {
	expect(wrapText('  ', { maxWidth: 10, maxLines: 2, measure })).toEqual({ lines: [], truncated: false });
});

test('balanced lines are of even length and no more numerous than greedy ones', () => {
	const text = 'Choosing an outsourcing partner: due diligence and red flags';
	const greedy = wrapText(text, { maxWidth: 14, maxLines: 3, measure });
	const balanced = wrapBalanced(text, { maxWidth: 14, maxLines: 3, measure });
	expect(balanced.lines).toHaveLength(greedy.lines.length);
	expect(balanced.lines.join(' ')).toBe(text);
	const widths = balanced.lines.map(measure);
	expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(Math.max(...greedy.lines.map(measure)) - Math.min(...greedy.lines.map(measure)));
});

test('a title takes the largest size at which it fits whole', () => {
	const sizes = [
		{ fontSize: 80, maxLines: 1 },
		{ fontSize: 40, maxLines: 2 },
	];
	// 400 px: 10 ems at 40 px, 5 at 80 px.
	expect(fitTitle('Short', sizes, 400, measure)).toMatchObject({ fontSize: 80, lines: ['Short'], truncated: false });
	expect(fitTitle('A longer title here', sizes, 400, measure)).toMatchObject({ fontSize: 40, truncated: false });
	const cut = fitTitle('A title much too long for two lines of twenty letters', sizes, 400, measure);
	expect(cut).toMatchObject({ fontSize: 40, truncated: true });
	expect(cut.lines.at(-1)?.endsWith(ELLIPSIS)).toBe(true);
});
