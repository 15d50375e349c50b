// Line breaking for the social cards, in plain code: the card renderer gets finished lines and never wraps on its own,
// so what the tests check is what the image shows. Tried against satori's own wrapping (0.63, `textWrap: 'balance'`,
// 2026-12-03) on the site's 76 card titles: the same lines for 74, but satori cannot say how many lines a title took,
// and the card picks its size by that (72 px in two lines, 64 in three, 56 in four); learning it from satori would mean
// drawing a card up to three times and reading its SVG. So the lines stay ours.
import { splitGraphemes } from '@/lib/i18n/graphemes';

/** Width of a text in ems (1 = the font size), as the card's font draws it. */
export type MeasureText = (text: string) => number;

export const ELLIPSIS = '…';

export interface WrapOptions {
	/** Width of a line, in ems. */
	maxWidth: number;
	maxLines: number;
	measure: MeasureText;
}

export interface WrappedText {
	lines: string[];
	/** Whether the text was cut to fit `maxLines` (its last line then ends with an ellipsis). */
	truncated: boolean;
}

/** Splits a word too long for any line into pieces that fit, between user-perceived characters. */
function splitLongWord(word: string, { maxWidth, measure }: WrapOptions): string[] {
	const pieces: string[] = [];
	let piece = '';
	for (const character of splitGraphemes(word)) {
		if (piece !== '' && measure(piece + character) > maxWidth) {
			pieces.push(piece);
			piece = '';
		}
		piece += character;
	}
	if (piece !== '') pieces.push(piece);
	return pieces;
}

/** The longest start of `line` that fits with an ellipsis after it: cut at a word when one fits, else between characters. */
function withEllipsis(line: string, { maxWidth, measure }: WrapOptions): string {
	const fits = (text: string) => measure(text + ELLIPSIS) <= maxWidth;
	let text = line.trimEnd();
	if (fits(text)) return text + ELLIPSIS;
	const words = text.split(' ');
	while (words.length > 1) {
		words.pop();
		text = words.join(' ').replace(/[\s,;:–—-]+$/u, '');
		if (fits(text)) return text + ELLIPSIS;
	}
	const characters = splitGraphemes(words[0] ?? '');
	while (characters.length > 0 && !fits(characters.join(''))) characters.pop();
	return characters.join('') + ELLIPSIS;
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`, at spaces (a word longer than a line is split
 * between characters). Text that needs more lines is cut at a word boundary on the last line and ends with "…".
 */
export function wrapText(text: string, options: WrapOptions): WrappedText {
	const { maxWidth, maxLines, measure } = options;
	const words = text.trim().split(/\s+/u).filter((w) => w !== '').flatMap((w) => (measure(w) > maxWidth ? splitLongWord(w, options) : [w]));
	const lines: string[] = [];
	for (const word of words) {
		const last = lines.at(-1);
		if (last !== undefined && measure(`${last} ${word}`) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	if (lines.length <= maxLines) return { lines, truncated: false };
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = withEllipsis(`${kept[maxLines - 1] ?? ''} ${lines[maxLines] ?? ''}`, options);
	return { lines: kept, truncated: true };
}

/** A font size the title may take, with the most lines it may fill at that size. */
export interface TitleSize {
	fontSize: number;
	maxLines: number;
}

export interface FittedTitle extends WrappedText {
	fontSize: number;
}

/**
 * Like `wrapText`, but with lines of even length (CSS `text-wrap: balance`, as the site's headings): the narrowest
 * width that still needs no more lines, so a title never ends on one short word. Text that must be cut is not balanced.
 */
export function wrapBalanced(text: string, options: WrapOptions): WrappedText {
	const greedy = wrapText(text, options);
	if (greedy.truncated || greedy.lines.length < 2) return greedy;
	let [narrow, wide] = [0, options.maxWidth];
	// Twenty halvings take the width to within a millionth of the line: far below a pixel.
	for (let step = 0; step < 20; step += 1) {
		const middle = (narrow + wide) / 2;
		const tried = wrapText(text, { ...options, maxWidth: middle });
		if (tried.truncated || tried.lines.length > greedy.lines.length) narrow = middle;
		else wide = middle;
	}
	return wrapText(text, { ...options, maxWidth: wide });
}

/**
 * The title at the largest size (of `sizes`, largest first) at which it fits whole, in balanced lines; a title that
 * fits at none is cut at the smallest size. `maxWidth` is in pixels here.
 */
export function fitTitle(title: string, sizes: readonly TitleSize[], maxWidth: number, measure: MeasureText): FittedTitle {
	let fitted: FittedTitle | undefined;
	for (const { fontSize, maxLines } of sizes) {
		fitted = { fontSize, ...wrapBalanced(title, { maxWidth: maxWidth / fontSize, maxLines, measure }) };
		if (!fitted.truncated) return fitted;
	}
	if (!fitted) throw new Error('fitTitle needs at least one size');
	return fitted;
}
