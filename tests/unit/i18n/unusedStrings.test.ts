// Every interface string must be used somewhere: a dead key is copy nobody reviews and translators waste time on.
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { en } from '@/lib/i18n/ui/en';
import * as clauseLabelKeys from '@/lib/clauses/labelKeys';
import * as riskLabelKeys from '@/lib/risk/labelKeys';

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');
/** The tables of keys built from ids, and the file each is built in. */
const LABEL_KEY_TABLES = [
	{ file: join('lib', 'risk', 'labelKeys.ts'), tables: riskLabelKeys },
	{ file: join('lib', 'clauses', 'labelKeys.ts'), tables: clauseLabelKeys },
];

test('every key of the dictionaries is referenced by the code', () => {
	const files = globSync('**/*.{astro,ts,mdx}', { cwd: SRC, exclude: ['lib/i18n/ui/**'] });
	const code = files.map((file) => readFileSync(join(SRC, file), 'utf8')).join('\n');
	// labelKeys.ts files build their keys from the ids (`calc.scope.bpo`); a table's keys count as used when code
	// outside its file reads that table.
	const built = LABEL_KEY_TABLES.flatMap(({ file: tableFile, tables }) => {
		const otherCode = files
			.filter((file) => file !== tableFile)
			.map((file) => readFileSync(join(SRC, file), 'utf8'))
			.join('\n');
		return Object.entries(tables)
			.filter(([name, table]) => typeof table === 'object' && new RegExp(`\\b${name}\\b`).test(otherCode))
			.flatMap(([, table]) => (Array.isArray(table) ? [] : Object.values(table as Readonly<Record<string, string>>)));
	});
	const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`) && !built.includes(key));
	expect(unused).toEqual([]);
});
