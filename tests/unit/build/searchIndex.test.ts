import { describe, expect, test } from 'vitest';
import { indexedLanguages } from '@/build/checks/searchIndex';

describe('indexedLanguages', () => {
	test("reads the pages per language from Pagefind's entry file, leaving out languages with none", () => {
		const entry = { version: '1.6.0', languages: { bg: { hash: 'bg_1', wasm: null, page_count: 19 }, en: { hash: 'en_1', wasm: 'en', page_count: 19 }, fr: { page_count: 0 } } };
		expect([...indexedLanguages(entry)]).toEqual([
			['bg', 19],
			['en', 19],
		]);
	});

	test('refuses an entry file of another shape, naming what is missing', () => {
		expect(() => indexedLanguages(null)).toThrow(/no languages table/);
		expect(() => indexedLanguages({ languages: 3 })).toThrow(/no languages table/);
		expect(() => indexedLanguages({ languages: { en: { pages: 3 } } })).toThrow(/language en has no page_count/);
	});
});
