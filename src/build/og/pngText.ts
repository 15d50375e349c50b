// Text metadata inside a PNG (iTXt chunks: UTF-8, so Cyrillic too). A card carries the title it was drawn with, so the
// tests of the built site can compare it with the page's own title: a card can never drift from the page it stands for.
import { crc32 } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/** The PNG with an uncompressed iTXt chunk `keyword` = `text` right after its header (IHDR). */
export function withPngText(png: Uint8Array, keyword: string, text: string): Buffer {
	const file = Buffer.from(png);
	if (!file.subarray(0, 8).equals(SIGNATURE) || file.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
	if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new Error(`a PNG text keyword is 1–79 printable Latin characters: ${keyword}`);
	// keyword, NUL, compression flag 0 and method 0, empty language tag, NUL, empty translated keyword, NUL, UTF-8 text.
	const data = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(text, 'utf8')]);
	const afterHeader = 8 + 8 + file.readUInt32BE(8) + 4;
	return Buffer.concat([file.subarray(0, afterHeader), chunk('iTXt', data), file.subarray(afterHeader)]);
}

/** The uncompressed iTXt entries of a PNG, keyword → text; a chunk whose CRC does not match fails. */
export function pngTexts(png: Uint8Array): Map<string, string> {
	const file = Buffer.from(png);
	const texts = new Map<string, string>();
	for (let at = 8; at + 12 <= file.length; ) {
		const length = file.readUInt32BE(at);
		const type = file.toString('latin1', at + 4, at + 8);
		const data = file.subarray(at + 8, at + 8 + length);
		if (file.readUInt32BE(at + 8 + length) !== crc32(file.subarray(at + 4, at + 8 + length))) throw new Error(`PNG chunk ${type} has a bad CRC`);
		if (type === 'iTXt' && data[data.indexOf(0) + 1] === 0) {
			const keywordEnd = data.indexOf(0);
			const languageEnd = data.indexOf(0, keywordEnd + 3);
			const translatedEnd = data.indexOf(0, languageEnd + 1);
			texts.set(data.toString('latin1', 0, keywordEnd), data.toString('utf8', translatedEnd + 1));
		}
		if (type === 'IEND') break;
		at += 12 + length;
	}
	return texts;
}
