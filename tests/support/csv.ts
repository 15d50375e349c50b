// An RFC 4180 reader for tests: the CSV files must parse back to exactly the data they were made from.

/** Parses CSV text (quoted fields, doubled quotes, CRLF or LF line ends, optional byte-order mark) into rows. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const source = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < source.length; i++) {
		const char = source[i];
		if (quoted) {
			if (char === '"' && source[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && source[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += char;
	}
	if (quoted) throw new Error('CSV ends inside a quoted field.');
	if (field !== '' || row.length > 0) rows.push([...row, field]);
	return rows;
}
