import { expect, test } from 'vitest';
import { DEFAULT_ANSWERS } from '@/lib/risk/factors';
import { answersFromForm } from '@/lib/risk/collectAnswers';

test('reads radios and checkboxes into canonical answers', () => {
	const entries: Array<[string, unknown]> = [
		['scope', 'ito'],
		['location', 'offshore'],
		['org', 'startup'],
		['share', 'know-how'],
		['share', 'source-code'],
		['safeguards', 'audit'],
		['safeguards', 'nda'],
	];
	expect(answersFromForm(entries)).toEqual({
		scope: 'ito',
		location: 'offshore',
		org: 'startup',
		share: ['source-code', 'know-how'],
		safeguards: ['nda', 'audit'],
	});
});

test('no ticked checkbox means an empty list', () => {
	expect(answersFromForm([['scope', 'kpo'], ['location', 'onshore'], ['org', 'sme']])).toEqual({ ...DEFAULT_ANSWERS, scope: 'kpo' });
});

test('a tampered form yields only known ids; files and unknown names are ignored', () => {
	const entries: Array<[string, unknown]> = [
		['scope', 'evil'],
		['share', 'source-code'],
		['share', '<img src=x>'],
		['safeguards', new Blob(['x'])],
		['other', 'x'],
	];
	expect(answersFromForm(entries)).toEqual({ ...DEFAULT_ANSWERS, share: ['source-code'] });
});
