import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ANSWER_FIELDS, DEFAULT_ANSWERS, LOCATIONS, SCOPES, type Answers } from '@/lib/risk/factors';
import { scoreRisk } from '@/lib/risk/scoreRisk';
import { LOCALE_INFO } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import { dictionaries } from '@/lib/i18n/useTranslations';
import { deltaText } from '@/lib/risk/points';
import { whatIfs } from '@/lib/risk/whatIf';
import { answers } from './arbitraries';

/** The fields on which two answers differ. */
const changedFields = (a: Answers, b: Answers) => ANSWER_FIELDS.filter((field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]));

describe('whatIfs', () => {
	test('offers every other location and scope, and keeping each shared asset in-house, nothing else', () => {
		fc.assert(
			fc.property(answers, (given) => {
				const offered = whatIfs(given).map(({ field, value }) => `${field}:${value}`);
				expect(offered).toEqual([
					...LOCATIONS.filter((l) => l !== given.location).map((l) => `location:${l}`),
					...SCOPES.filter((s) => s !== given.scope).map((s) => `scope:${s}`),
					...given.share.map((a) => `share:${a}`),
				]);
			}),
		);
	});

	test('each alternative changes exactly one answer, the one it names', () => {
		fc.assert(
			fc.property(answers, (given) => {
				for (const alternative of whatIfs(given)) {
					expect(changedFields(given, alternative.answers)).toEqual([alternative.field]);
					if (alternative.field === 'share') expect(alternative.answers.share).not.toContain(alternative.value);
					else expect(alternative.answers[alternative.field]).toBe(alternative.value);
				}
			}),
		);
	});

	test('each figure is what the model gives for the changed answers, minus the current overall score', () => {
		fc.assert(
			fc.property(answers, (given) => {
				const now = scoreRisk(given).overall;
				for (const { answers: changed, result, delta } of whatIfs(given)) {
					const scored = scoreRisk({ ...changed, share: [...changed.share], safeguards: [...changed.safeguards] });
					expect(result).toEqual(scored);
					expect(delta).toBe(scored.overall - now);
				}
			}),
		);
	});

	test('keeping an asset in-house never raises the score (every asset adds exposure)', () => {
		fc.assert(
			fc.property(answers, (given) => {
				for (const { field, delta } of whatIfs(given)) if (field === 'share') expect(delta).toBeLessThanOrEqual(0);
			}),
		);
	});

	test('uses the result it is given instead of scoring the current answers again', () => {
		const current = { ...scoreRisk(DEFAULT_ANSWERS), overall: 0 };
		for (const { result, delta } of whatIfs(DEFAULT_ANSWERS, current)) expect(delta).toBe(result.overall);
	});

	test('an offshore provider for source code scores higher than an onshore one', () => {
		const given: Answers = { ...DEFAULT_ANSWERS, scope: 'ito', location: 'onshore', share: ['source-code'] };
		const offshore = whatIfs(given).find((w) => w.field === 'location' && w.value === 'offshore');
		expect(offshore?.delta).toBeGreaterThan(0);
	});
});

describe('deltaText', () => {
	const t = translator(dictionaries.en, LOCALE_INFO.en.intl);
	test.each([
		[-12, '−12 points'],
		[-1, '−1 point'],
		[0, 'no change'],
		[1, '+1 point'],
		[7, '+7 points'],
	])('%i reads "%s"', (delta, text) => {
		expect(deltaText(delta, t)).toBe(text);
	});

	test('Bulgarian uses its own plural and the same signs', () => {
		const bg = translator(dictionaries.bg, LOCALE_INFO.bg.intl);
		expect(deltaText(-12, bg)).toBe('−12 точки');
		expect(deltaText(1, bg)).toBe('+1 точка');
		expect(deltaText(0, bg)).toBe('без промяна');
	});
});
