import { describe, expect, test } from 'vitest';
import { MAX_PREFILL } from '@/lib/cta/prefillHref';
import { useTranslations } from '@/lib/i18n/useTranslations';
import { ASSETS, SAFEGUARDS, type Answers } from '@/lib/risk/factors';
import { resultSummary, SUMMARY_TOP_SAFEGUARDS } from '@/lib/risk/resultText';
import { scoreRisk } from '@/lib/risk/scoreRisk';
import { serializeAnswers } from '@/lib/risk/shareUrl';

const en = useTranslations('en');
const bg = useTranslations('bg');
const HIGH: Answers = { scope: 'ito', location: 'offshore', org: 'startup', share: ['source-code', 'customer-data'], safeguards: ['nda'] };

describe('resultSummary', () => {
	test('lists scope, location, organisation, shared assets, level with score and the top three missing safeguards', () => {
		const result = scoreRisk(HIGH);
		const lines = resultSummary(HIGH, result, en).split('\n');
		expect(lines).toContain('Service scope: Information technology (ITO)');
		expect(lines).toContain('Contractor location: In a distant country (offshoring)');
		expect(lines).toContain('Your organisation: Technology startup');
		expect(lines).toContain('Shared with the contractor: Source code, Customer data');
		const level = { high: 'High', critical: 'Critical' }[result.level as 'high' | 'critical'];
		expect(lines).toContain(`Risk level: ${level} (${result.overall} out of 100)`);
		const items = lines.filter((line) => line.startsWith('- '));
		expect(items).toHaveLength(SUMMARY_TOP_SAFEGUARDS);
		const first = result.recommendations[0]!;
		expect(items[0]).toMatch(new RegExp(`\\(lowers the score by ${first.reduction} points?\\)$`));
		expect(lines.join('\n')).not.toContain('NDA signed before sharing');
	});

	test('names the safeguards in ranking order', () => {
		const result = scoreRisk(HIGH);
		const text = resultSummary(HIGH, result, en);
		const positions = result.recommendations
			.slice(0, 3)
			.map((r) => text.indexOf(en(`calc.safeguard.${r.safeguard}` as Parameters<typeof en>[0])));
		expect(positions.every((p) => p > 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	});

	test('is written in the translator’s language', () => {
		const text = resultSummary(HIGH, scoreRisk(HIGH), bg);
		expect(text).toContain('Вид услуги: Информационни технологии (ITO)');
		expect(text).toContain('Ниво на риска: ');
		expect(text).toContain('Най-важните липсващи защити:');
		expect(text).not.toMatch(/[{}]|calc\./);
	});

	test('says nothing is missing when every safeguard is in place, and "None" for nothing shared', () => {
		const answers: Answers = { ...HIGH, share: [], safeguards: SAFEGUARDS };
		const text = resultSummary(answers, scoreRisk(answers), en);
		expect(text).toContain('Shared with the contractor: None');
		expect(text).toContain('No safeguard from the list is missing.');
		expect(text).not.toMatch(/^- /m);
	});

	test('ends with the link when one is given', () => {
		const link = `https://outsourcing-ip.example/calculator/?${serializeAnswers(HIGH)}`;
		expect(resultSummary(HIGH, scoreRisk(HIGH), en, link).split('\n').at(-1)).toBe(`My answers: ${link}`);
		expect(resultSummary(HIGH, scoreRisk(HIGH), en)).not.toContain('My answers');
	});

	test('the longest summary still fits the contact page’s prefill limit in both languages', () => {
		const answers: Answers = { scope: 'kpo', location: 'nearshore', org: 'rnd', share: ASSETS, safeguards: [] };
		const link = `https://outsourcing-ip.example/bg/calculator/?${serializeAnswers({ ...answers, safeguards: SAFEGUARDS.slice(0, 8) })}`;
		for (const t of [en, bg]) expect(resultSummary(answers, scoreRisk(answers), t, link).length).toBeLessThanOrEqual(MAX_PREFILL);
	});
});
