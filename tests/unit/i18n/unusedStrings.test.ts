// Every interface string must be used somewhere: a dead key is copy nobody reviews and translators waste time on.
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { en } from '@/lib/i18n/ui/en';
import * as labelKeys from '@/lib/risk/labelKeys';

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');
const LABEL_KEYS_FILE = join('lib', 'risk', 'labelKeys.ts');

test('every key of the dictionaries is referenced by the code', () => {
	const files = globSync('**/*.{astro,ts,mdx}', { cwd: SRC, exclude: ['lib/i18n/ui/**'] });
	const code = files.map((file) => readFileSync(join(SRC, file), 'utf8')).join('\n');
	const otherCode = files
		.filter((file) => file !== LABEL_KEYS_FILE)
		.map((file) => readFileSync(join(SRC, file), 'utf8'))
		.join('\n');
	// labelKeys.ts builds its keys from the ids (`calc.scope.bpo`); a table's keys count as used when code outside it
	// reads that table.
	const built = Object.entries(labelKeys)
		.filter(([name]) => new RegExp(`\\b${name}\\b`).test(otherCode))
		.flatMap(([, table]) => (Array.isArray(table) ? [] : Object.values(table as Readonly<Record<string, string>>)));
	const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`) && !built.includes(key));
	expect(unused).toEqual([]);
});
