import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_IGNORED_VALUE_LENGTH } from '@/lib/risk/collectAnswers';
import { DEFAULT_ANSWERS, type Answers } from '@/lib/risk/factors';
import { decodeStored, encodeStored, STORAGE_KEY } from '@/lib/risk/storedAnswers';
import { junk, messyAnswers, singleFieldChanges } from './arbitraries';

test('the storage key is versioned, so a new format can leave old saved answers behind', () => {
	expect(STORAGE_KEY).toMatch(/:v\d+$/);
});

describe('encodeStored', () => {
	test('writes canonical JSON', () => {
		const messy: Answers = { ...DEFAULT_ANSWERS, share: ['know-how', 'source-code', 'know-how'], safeguards: ['audit', 'nda'] };
		expect(encodeStored(messy)).toBe(
			'{"scope":"bpo","location":"onshore","org":"sme","share":["source-code","know-how"],"safeguards":["nda","audit"]}',
		);
	});

	test('round-trips through decodeStored for the defaults and every single-field change', () => {
		for (const answers of [DEFAULT_ANSWERS, ...singleFieldChanges(DEFAULT_ANSWERS)]) {
			expect(decodeStored(encodeStored(answers))).toEqual({ answers, ignored: [], corrupt: false });
		}
	});

	test('round-trips any answers through decodeStored, whatever the order and repeats of their lists', () => {
		fc.assert(
			fc.property(messyAnswers, ({ canonical, messy }) => {
				expect(decodeStored(encodeStored(messy))).toEqual({ answers: canonical, ignored: [], corrupt: false });
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('decodeStored', () => {
	test('nothing stored gives the defaults and is not corrupt', () => {
		expect(decodeStored(null)).toEqual({ answers: DEFAULT_ANSWERS, ignored: [], corrupt: false });
	});

	test.each(['', '{', '[]', 'null', '42', '"ito"', 'true', '{"scope":"ito"', 'undefined', '\u0000'])(
		'%j is corrupt and gives the defaults',
		(raw) => {
			expect(decodeStored(raw)).toEqual({ answers: DEFAULT_ANSWERS, ignored: [], corrupt: true });
		},
	);

	test('an empty object is valid and gives the defaults', () => {
		expect(decodeStored('{}')).toEqual({ answers: DEFAULT_ANSWERS, ignored: [], corrupt: false });
	});

	test('keeps the valid parts of a partly valid object and reports the rest in form order', () => {
		expect(decodeStored('{"scope":"xyz","share":["source-code",5]}')).toEqual({
			answers: { ...DEFAULT_ANSWERS, share: ['source-code'] },
			ignored: [
				{ field: 'scope', value: 'xyz' },
				{ field: 'share', value: '5' },
			],
			corrupt: false,
		});
	});

	test('reports values of the wrong type by a short description', () => {
		const raw = JSON.stringify({
			safeguards: [['nda'], 'nda', { a: 1 }, null],
			scope: 5,
			location: null,
			org: ['large'],
			share: { 'source-code': true },
			extra: 1,
		});
		expect(decodeStored(raw)).toEqual({
			answers: { ...DEFAULT_ANSWERS, safeguards: ['nda'] },
			ignored: [
				{ field: 'scope', value: '5' },
				{ field: 'location', value: 'null' },
				{ field: 'org', value: '[…]' },
				{ field: 'share', value: '{…}' },
				{ field: 'safeguards', value: '[…]' },
				{ field: 'safeguards', value: '{…}' },
				{ field: 'safeguards', value: 'null' },
				{ field: 'unknown', value: 'extra' },
			],
			corrupt: false,
		});
	});

	test('accepts a lone id in a list field, any case and whitespace, and drops duplicates', () => {
		expect(decodeStored('{"scope":" ITO ","share":"Source-Code","safeguards":["nda","NDA","audit"]}').answers).toEqual({
			...DEFAULT_ANSWERS,
			scope: 'ito',
			share: ['source-code'],
			safeguards: ['nda', 'audit'],
		});
	});

	test('caps reported values and survives hostile sizes and nesting', () => {
		const long = decodeStored(JSON.stringify({ scope: 'y'.repeat(100_000) }));
		expect(long.ignored).toEqual([{ field: 'scope', value: 'y'.repeat(MAX_IGNORED_VALUE_LENGTH) }]);

		const deep = `{"share":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
		expect(() => decodeStored(deep)).not.toThrow();
		expect(decodeStored(deep).answers).toEqual(DEFAULT_ANSWERS);
		expect(decodeStored('['.repeat(100_000)).corrupt).toBe(true);
	});

	test('never throws on junk, and gives the defaults for what it cannot read', () => {
		const tokens = ['{', '}', '[', ']', '"', ':', ',', 'scope', 'share', 'ito', 'nda', '5', 'null', ' ', '\\', '😀'];
		fc.assert(
			fc.property(fc.oneof(junk(tokens, 30), fc.json(), fc.string({ unit: 'binary' })), (raw) => {
				const decoded = decodeStored(raw);
				expect(typeof decoded.corrupt).toBe('boolean');
				if (decoded.corrupt) expect(decoded.answers).toEqual(DEFAULT_ANSWERS);
			}),
			{ numRuns: 3000 },
		);
	});
});
