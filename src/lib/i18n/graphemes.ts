// User-perceived characters (grapheme clusters), so that cutting or taking the first letter of a text never splits a
// letter with its accent, an emoji sequence or a flag.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The first user-perceived character of `text`, or '' for an empty text. */
export function firstGrapheme(text: string): string {
	for (const { segment } of segmenter.segment(text)) return segment;
	return '';
}

/** `text` cut to at most `max` user-perceived characters. */
export function truncateGraphemes(text: string, max: number): string {
	let result = '';
	let count = 0;
	for (const { segment } of segmenter.segment(text)) {
		if (count === max) break;
		result += segment;
		count += 1;
	}
	return result;
}

/**
 * The user-perceived characters of `text`, in order. With `maxLength`, stops after the first character that takes
 * the text past `maxLength` UTF-16 code units, so a caller that needs at most that much never segments a whole book.
 */
export function splitGraphemes(text: string, maxLength = Number.POSITIVE_INFINITY): string[] {
	const result: string[] = [];
	let length = 0;
	for (const { segment } of segmenter.segment(text)) {
		result.push(segment);
		length += segment.length;
		if (length > maxLength) break;
	}
	return result;
}

/** `text` cut to at most `maxLength` UTF-16 code units, between user-perceived characters (never inside an emoji). */
export function cutToLength(text: string, maxLength: number): string {
	if (text.length <= maxLength) return text;
	let result = '';
	for (const segment of splitGraphemes(text, maxLength)) {
		if (result.length + segment.length > maxLength) break;
		result += segment;
	}
	return result;
}
