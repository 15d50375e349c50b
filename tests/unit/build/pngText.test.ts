import { crc32 } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { pngTexts, withPngText } from '@/build/og/pngText';

/** A chunk as PNG writes it: length, type, data, CRC of type and data. */
const chunk = (type: string, data: Buffer) => {
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const head = Buffer.alloc(4);
	head.writeUInt32BE(data.length);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([head, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(1200, 0);
header.writeUInt32BE(630, 4);
header.writeUInt8(8, 8);
header.writeUInt8(6, 9);
/** A PNG's skeleton: signature, header and end (no image data: enough for the metadata's sake). */
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IEND', Buffer.alloc(0))]);

describe('PNG text metadata', () => {
	test('writes a title after the header, in UTF-8, and reads it back', () => {
		const titled = withPngText(png, 'Title', 'Как да защитите интелектуалната си собственост при аутсорсинг');
		expect(titled.toString('latin1', 12, 16)).toBe('IHDR');
		expect(titled.toString('latin1', 37, 41)).toBe('iTXt');
		expect(titled.length).toBeGreaterThan(png.length);
		expect(pngTexts(titled)).toEqual(new Map([['Title', 'Как да защитите интелектуалната си собственост при аутсорсинг']]));
		expect(titled.readUInt32BE(16)).toBe(1200);
	});

	test('a PNG without text has none; several entries are all read', () => {
		expect(pngTexts(png).size).toBe(0);
		const both = withPngText(withPngText(png, 'Title', 'A'), 'Author', 'B');
		expect(Object.fromEntries(pngTexts(both))).toEqual({ Title: 'A', Author: 'B' });
	});

	test('refuses what is not a PNG, a bad keyword and a damaged chunk', () => {
		expect(() => withPngText(Buffer.from('GIF89a'), 'Title', 'x')).toThrow('not a PNG');
		expect(() => withPngText(png, 'Заглавие', 'x')).toThrow('keyword');
		expect(() => withPngText(png, '', 'x')).toThrow('keyword');
		const damaged = withPngText(png, 'Title', 'x');
		damaged.writeUInt8(damaged.readUInt8(45) ^ 0xff, 45);
		expect(() => pngTexts(damaged)).toThrow('bad CRC');
	});
});
