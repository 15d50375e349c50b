/** Escapes one CSV field per RFC 4180, and defuses spreadsheet formulas (a leading =, +, - or @). */
export function csvField(value: string | number): string {
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Serialises rows to RFC 4180 CSV with CRLF line ends and a UTF-8 byte-order mark,
 * so spreadsheet programs open Cyrillic text correctly.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
	const width = header.length;
	rows.forEach((row, i) => {
		if (row.length !== width) throw new Error(`CSV row ${i + 1} has ${row.length} fields; the header has ${width}.`);
	});
	return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
