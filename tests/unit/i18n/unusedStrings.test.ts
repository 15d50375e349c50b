// Every interface string must be used somewhere: a dead key is copy nobody reviews and translators waste time on.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { en } from '@/lib/i18n/ui/en';

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return path.endsWith(join('lib', 'i18n', 'ui')) ? [] : sourceFiles(path);
		return /\.(astro|ts|mdx)$/.test(entry.name) ? [path] : [];
	});
}

test('every key of the dictionaries is referenced by the code', () => {
	const code = sourceFiles(SRC)
		.map((file) => readFileSync(file, 'utf8'))
		.join('\n');
	const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`));
	expect(unused).toEqual([]);
});
