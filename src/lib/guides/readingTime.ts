/** Words a reader gets through per minute; a conservative figure for non-native readers of legal-business text. */
export const WORDS_PER_MINUTE = 200;

/**
 * Counts the words a reader sees in an MDX body: import/export lines, JSX tags, heading anchors,
 * link targets and markdown punctuation are not words.
 */
export function countWords(mdx: string): number {
	const prose = mdx
		.replace(/^(import|export)\s.*$/gm, ' ')
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ')
		.replace(/\{#[\w-]+\}/g, ' ')
		.replace(/\]\([^)]*\)/g, ' ')
		.replace(/[#*_`>|[\]-]+/g, ' ');
	return prose.match(/[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes to read `words` words, never less than one. */
export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
