// Glyph advance widths read from a WOFF font (the format satori draws the cards with), so the card's title can be
// wrapped and cut in plain code (src/lib/seo/wrapText.ts) with the very widths the renderer will use.
import { inflateSync } from 'node:zlib';

/** The advance width of each character a font maps, in ems (1 = the font size). */
export interface FontMetrics {
	/** Width of `codePoint` in ems, or `undefined` when the font has no glyph for it. */
	advance(codePoint: number): number | undefined;
}

/** The font's tables, decompressed, by tag (`cmap`, `hmtx`…). */
function woffTables(woff: Uint8Array): Map<string, DataView> {
	const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
	if (view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1 font (satori reads TTF, OTF and WOFF, not WOFF2)');
	const tables = new Map<string, DataView>();
	const count = view.getUint16(12);
	for (let i = 0; i < count; i += 1) {
		const entry = 44 + i * 20;
		const tag = String.fromCharCode(...woff.subarray(entry, entry + 4));
		const offset = view.getUint32(entry + 4);
		const compressed = view.getUint32(entry + 8);
		const original = view.getUint32(entry + 12);
		const raw = woff.subarray(offset, offset + compressed);
		const data = compressed < original ? inflateSync(raw) : raw;
		tables.set(tag, new DataView(data.buffer, data.byteOffset, data.byteLength));
	}
	return tables;
}

function table(tables: Map<string, DataView>, tag: string): DataView {
	const found = tables.get(tag);
	if (!found) throw new Error(`the font has no ${tag} table`);
	return found;
}

/** The glyph index of each code point, from the best Unicode subtable of `cmap` (format 12, else format 4). */
function characterMap(cmap: DataView): (codePoint: number) => number {
	const subtables: { format: number; offset: number }[] = [];
	for (let i = 0; i < cmap.getUint16(2); i += 1) {
		const record = 4 + i * 8;
		const platform = cmap.getUint16(record);
		const encoding = cmap.getUint16(record + 2);
		const offset = cmap.getUint32(record + 4);
		if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) subtables.push({ format: cmap.getUint16(offset), offset });
	}
	const format12 = subtables.find((s) => s.format === 12);
	if (format12) {
		const groups = cmap.getUint32(format12.offset + 12);
		return (codePoint) => {
			for (let g = 0; g < groups; g += 1) {
				const at = format12.offset + 16 + g * 12;
				const start = cmap.getUint32(at);
				if (codePoint >= start && codePoint <= cmap.getUint32(at + 4)) return cmap.getUint32(at + 8) + codePoint - start;
			}
			return 0;
		};
	}
	const format4 = subtables.find((s) => s.format === 4);
	if (!format4) throw new Error('the font has no Unicode cmap subtable of format 4 or 12');
	const base = format4.offset;
	const segments = cmap.getUint16(base + 6) / 2;
	const ends = base + 14;
	const starts = ends + segments * 2 + 2;
	const deltas = starts + segments * 2;
	const rangeOffsets = deltas + segments * 2;
	return (codePoint) => {
		if (codePoint > 0xffff) return 0;
		for (let s = 0; s < segments; s += 1) {
			if (codePoint > cmap.getUint16(ends + s * 2)) continue;
			const start = cmap.getUint16(starts + s * 2);
			if (codePoint < start) return 0;
			const delta = cmap.getUint16(deltas + s * 2);
			const rangeOffsetAt = rangeOffsets + s * 2;
			const rangeOffset = cmap.getUint16(rangeOffsetAt);
			if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
			const glyph = cmap.getUint16(rangeOffsetAt + rangeOffset + (codePoint - start) * 2);
			return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
		}
		return 0;
	};
}

/** Reads the advance widths of a WOFF font. */
export function fontMetrics(woff: Uint8Array): FontMetrics {
	const tables = woffTables(woff);
	const unitsPerEm = table(tables, 'head').getUint16(18);
	const longMetrics = table(tables, 'hhea').getUint16(34);
	const hmtx = table(tables, 'hmtx');
	const glyphOf = characterMap(table(tables, 'cmap'));
	return {
		advance(codePoint) {
			const glyph = glyphOf(codePoint);
			if (glyph === 0) return undefined;
			// Glyphs past the last long metric share its advance width (the font's monospaced tail).
			return hmtx.getUint16(Math.min(glyph, longMetrics - 1) * 4) / unitsPerEm;
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
