// The unit tier shares one module graph between files (vitest.config.ts, isolate: false): a file that mocks a module
// or stubs the environment would leak into the others unless it runs isolated.
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ISOLATED_TESTS } from '../support/isolatedTests';

const ROOT = join(import.meta.dirname, '..', '..');

test('every unit test file that mocks or stubs runs isolated, and every isolated file still does', () => {
	const files = globSync('tests/unit/**/*.test.ts', { cwd: ROOT }).map((file) => file.split('\\').join('/'));
	const mocking = files.filter((file) => /\bvi\.(mock|doMock|stubEnv|stubGlobal)\(/.test(readFileSync(join(ROOT, file), 'utf8')));
	expect(mocking.length).toBeGreaterThan(0);
	expect([...ISOLATED_TESTS].sort()).toEqual(mocking.sort());
});
