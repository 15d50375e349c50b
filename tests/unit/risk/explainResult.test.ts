import { describe, expect, test } from 'vitest';
import { useTranslations } from '@/lib/i18n/useTranslations';
import { explainResult, worstDimension } from '@/lib/risk/resultText';
import { ASSETS, DEFAULT_ANSWERS, SAFEGUARDS, type Answers } from '@/lib/risk/factors';
import { pointsText } from '@/lib/risk/points';
import { scoreRisk } from '@/lib/risk/scoreRisk';

const en = useTranslations('en');
const bg = useTranslations('bg');
const HIGH: Answers = { scope: 'ito', location: 'offshore', org: 'startup', share: ['source-code'], safeguards: [] };

describe('pointsText', () => {
	test('uses the singular for exactly one point', () => {
		expect(pointsText(1, en)).toBe('1 point');
		expect(pointsText(1, bg)).toBe('1 точка');
	});
	test.each([0, 2, 11, 21])('uses the plural for %i', (n) => {
		expect(pointsText(n, en)).toBe(`${n} points`);
		expect(pointsText(n, bg)).toBe(`${n} точки`);
	});
});

describe('worstDimension', () => {
	test('is the highest score', () => {
		expect(worstDimension({ ipMisuse: 10, hiddenCosts: 40, unqualifiedPersonnel: 30, enforceability: 5 })).toBe('hiddenCosts');
	});
	test('breaks ties in RISK_DIMENSIONS order', () => {
		expect(worstDimension({ ipMisuse: 10, hiddenCosts: 40, unqualifiedPersonnel: 40, enforceability: 40 })).toBe('hiddenCosts');
		expect(worstDimension({ ipMisuse: 0, hiddenCosts: 0, unqualifiedPersonnel: 0, enforceability: 0 })).toBe('ipMisuse');
	});
});

describe('explainResult', () => {
	test('states the level, the most exposed area and the best safeguard to add, in English', () => {
		const result = scoreRisk(HIGH);
		const top = result.recommendations[0]!;
		expect(result.level).toMatch(/high|critical/);
		const text = explainResult(result, en);
		expect(text).toContain(result.level === 'high' ? 'high risk' : 'critical risk');
		expect(text).toContain(`Most exposed area: Difficulty enforcing your rights, ${result.scores.enforceability} out of 100.`);
		expect(text).toContain(`by ${top.reduction} points.`);
		expect(text).not.toMatch(/[{}]|calc\./);
	});

	test('is written in Bulgarian with the Bulgarian dictionary', () => {
		const text = explainResult(scoreRisk(HIGH), bg);
		expect(text).toContain('Най-уязвима област: Трудна защита на правата ви');
		expect(text).not.toMatch(/[{}]|calc\.|[a-z]{4,}/);
	});

	test('says no safeguard is left to add when every one is in place', () => {
		const text = explainResult(scoreRisk({ ...HIGH, share: ASSETS, safeguards: SAFEGUARDS }), en);
		expect(text).toContain('None of the listed safeguards would lower this score any further.');
	});

	test('has three sentences and no placeholder left for every level reached by simple answers', () => {
		const levels = new Set<string>();
		for (const answers of [DEFAULT_ANSWERS, HIGH, { ...HIGH, safeguards: SAFEGUARDS }, { ...HIGH, share: ASSETS }]) {
			const result = scoreRisk(answers);
			levels.add(result.level);
			for (const t of [en, bg]) {
				const text = explainResult(result, t);
				expect(text.split(/(?<=\.) /)).toHaveLength(3);
				expect(text).not.toMatch(/[{}]/);
			}
		}
		expect(levels.size).toBeGreaterThanOrEqual(3);
	});
});
