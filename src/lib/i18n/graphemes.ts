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
