// Glyph advance widths of a WOFF font (the format satori draws the cards with), read with fontkit, so the card's title
// can be wrapped and cut in plain code (src/lib/seo/wrapText.ts) with the very widths the renderer will use.
import { create } from 'fontkit';

/** The advance width of each character a font maps, in ems (1 = the font size). */
export interface FontMetrics {
	/** Width of `codePoint` in ems, or `undefined` when the font has no glyph for it. */
	advance(codePoint: number): number | undefined;
}

/** Reads the advance widths of a WOFF font; anything else fails (satori reads TTF, OTF and WOFF, the cards use WOFF). */
export function fontMetrics(woff: Uint8Array): FontMetrics {
	const file = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
	if (file.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1 font (satori reads TTF, OTF and WOFF, not WOFF2)');
	const font = create(file);
	if (!('unitsPerEm' in font)) throw new Error('a font collection, not one WOFF font');
	return {
		advance(codePoint) {
			if (!font.hasGlyphForCodePoint(codePoint)) return undefined;
			return font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
		},
	};
}

/**
 * Width of a text in ems, each character measured in the first font that has it (the order satori falls back in);
 * a character no font has counts as one em, so a missing glyph can only make a line shorter than planned, never longer.
 */
export function textWidth(fonts: readonly FontMetrics[]) {
	return (text: string): number => {
		let width = 0;
		for (const character of text) {
			const codePoint = character.codePointAt(0) ?? 0;
			let advance: number | undefined;
			for (const font of fonts) {
				advance = font.advance(codePoint);
				if (advance !== undefined) break;
			}
			width += advance ?? 1;
		}
		return width;
	};
}
