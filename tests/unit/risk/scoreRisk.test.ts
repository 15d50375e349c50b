import { describe, expect, test } from 'vitest';
import { DEFAULT_ANSWERS, SAFEGUARDS, type Answers } from '@/lib/risk/factors';
import { scoreRisk } from '@/lib/risk/scoreRisk';

/** The article's worst case: software development, offshore, for a tech startup, with its source code. */
const HIGH_RISK: Answers = { scope: 'ito', location: 'offshore', org: 'startup', share: ['source-code'], safeguards: [] };
const withAllSafeguards = (answers: Answers): Answers => ({ ...answers, safeguards: SAFEGUARDS });

describe('scoreRisk calibration', () => {
	test('ITO offshore for a startup sharing source code, unprotected, is high or critical', () => {
		expect(['high', 'critical']).toContain(scoreRisk(HIGH_RISK).level);
	});

	test('every safeguard cuts that scenario to at most moderate, but not to nothing: enforcement offshore stays hard', () => {
		const before = scoreRisk(HIGH_RISK);
		const after = scoreRisk(withAllSafeguards(HIGH_RISK));
		expect(['low', 'moderate']).toContain(after.level);
		expect(after.overall).toBeLessThanOrEqual(before.overall / 2);
		expect(after.scores.enforceability).toBeGreaterThan(after.scores.ipMisuse);
		expect(after.recommendations).toEqual([]);
	});

	test('default answers with every safeguard are low', () => {
		expect(scoreRisk(withAllSafeguards(DEFAULT_ANSWERS)).level).toBe('low');
	});

	test('sharing nothing still leaves hidden-cost and personnel risk', () => {
		const { scores, overall } = scoreRisk(DEFAULT_ANSWERS);
		expect(scores.hiddenCosts).toBeGreaterThan(0);
		expect(scores.unqualifiedPersonnel).toBeGreaterThan(0);
		expect(overall).toBeGreaterThan(0);
	});

	test('the calibration numbers, pinned so a weight change is a deliberate test update', () => {
		const summary = (answers: Answers): unknown => {
			const { scores, overall, level } = scoreRisk(answers);
			return { scores, overall, level };
		};
		expect([HIGH_RISK, withAllSafeguards(HIGH_RISK), DEFAULT_ANSWERS, withAllSafeguards(DEFAULT_ANSWERS)].map(summary))
			.toMatchInlineSnapshot(`
				[
				  {
				    "level": "high",
				    "overall": 67,
				    "scores": {
				      "enforceability": 80,
				      "hiddenCosts": 44,
				      "ipMisuse": 70,
				      "unqualifiedPersonnel": 42,
				    },
				  },
				  {
				    "level": "moderate",
				    "overall": 28,
				    "scores": {
				      "enforceability": 42,
				      "hiddenCosts": 15,
				      "ipMisuse": 17,
				      "unqualifiedPersonnel": 19,
				    },
				  },
				  {
				    "level": "moderate",
				    "overall": 34,
				    "scores": {
				      "enforceability": 14,
				      "hiddenCosts": 50,
				      "ipMisuse": 24,
				      "unqualifiedPersonnel": 24,
				    },
				  },
				  {
				    "level": "low",
				    "overall": 12,
				    "scores": {
				      "enforceability": 7,
				      "hiddenCosts": 17,
				      "ipMisuse": 6,
				      "unqualifiedPersonnel": 11,
				    },
				  },
				]
			`);
	});
});

describe('scoreRisk recommendations', () => {
	test('for BPO at an SME, verified timesheets come first (hidden costs)', () => {
		expect(scoreRisk(DEFAULT_ANSWERS).recommendations[0]?.safeguard).toBe('timesheets');
	});

	test('for the high-risk ITO scenario, a contractual IP safeguard comes first', () => {
		expect(['nda', 'ip-clause', 'assignment']).toContain(scoreRisk(HIGH_RISK).recommendations[0]?.safeguard);
	});

	test('for KPO at a large corporation, an operational check on the team comes first (unqualified personnel)', () => {
		const answers: Answers = { ...DEFAULT_ANSWERS, scope: 'kpo', org: 'large' };
		expect(['audit', 'oversight']).toContain(scoreRisk(answers).recommendations[0]?.safeguard);
	});


	test('held safeguards are never recommended', () => {
		const held: Answers = { ...HIGH_RISK, safeguards: ['nda', 'access-control'] };
		const recommended = scoreRisk(held).recommendations.map((r) => r.safeguard);
		expect(recommended).not.toContain('nda');
		expect(recommended).not.toContain('access-control');
	});
});

describe('scoreRisk input handling', () => {
	test('order and duplicates in the lists do not change the result', () => {
		const canonical: Answers = { ...HIGH_RISK, share: ['source-code', 'algorithms'], safeguards: ['nda', 'audit'] };
		const messy: Answers = {
			...HIGH_RISK,
			share: ['algorithms', 'source-code', 'algorithms'],
			safeguards: ['audit', 'nda', 'audit', 'nda'],
		};
		expect(scoreRisk(messy)).toEqual(scoreRisk(canonical));
	});

	test('is pure: same input, same output, input untouched', () => {
		const frozen = Object.freeze({ ...HIGH_RISK, share: Object.freeze(['source-code' as const]) });
		expect(scoreRisk(frozen)).toEqual(scoreRisk(frozen));
		expect(frozen).toEqual(HIGH_RISK);
	});
});
