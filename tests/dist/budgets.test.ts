// Byte budgets: deterministic, so they are tests. Timings live in the benchmark script.
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { htmlFiles, readDist } from '../support/dist';

const guidePages = htmlFiles().filter((file) => /(^|\/)guides\/[^/]+\/index\.html$/.test(file));
const scriptTags = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attributes: m[1] ?? '', body: m[2] ?? '' }));

test('there are guide pages to check', () => {
	expect(guidePages.length).toBeGreaterThanOrEqual(10);
});

test.each(guidePages)('%s ships no JavaScript besides the inline theme script', (file) => {
	const scripts = scriptTags(readDist(file));
	expect(scripts.filter((s) => /\bsrc=/.test(s.attributes))).toEqual([]);
	expect(scripts.filter((s) => /type="module"/.test(s.attributes))).toEqual([]);
	const executable = scripts.filter((s) => !/type="application\/ld\+json"/.test(s.attributes));
	expect(executable).toHaveLength(1);
	expect(executable[0]?.body).toContain('data-theme-toggle');
	// The theme script stays small: it runs before first paint on every page.
	expect(gzipSync(executable[0]?.body ?? '').length).toBeLessThan(600);
	expect(readDist(file)).not.toMatch(/<link[^>]+rel="modulepreload"/);
});
