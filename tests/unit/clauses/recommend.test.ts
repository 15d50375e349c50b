// Which clauses a deal needs: the clauses' own rules, and the safeguards the risk model recommends or the reader holds,
// checked over every answer the calculator can give (fast-check) against a fixture library defined here.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clauseReasons, matchesWhen, reasonKey, recommendClauses, recommendedIds, type ClauseRule, type Reason } from '@/lib/clauses/recommend';
import { DEFAULT_ANSWERS, SAFEGUARDS, type Answers } from '@/lib/risk/factors';
import { scoreRisk } from '@/lib/risk/scoreRisk';
import { answers } from '../risk/arbitraries';

const RULES: ClauseRule[] = [
	{ id: 'every-deal', always: true, when: [], safeguards: ['nda'] },
	{ id: 'offshore-code', always: false, when: [{ location: ['offshore'], share: ['source-code', 'algorithms'] }, { scope: ['ito'] }], safeguards: [] },
	{ id: 'audit', always: false, when: [], safeguards: ['audit', 'oversight'] },
	{ id: 'never', always: false, when: [{ org: ['public'], scope: ['lpo'] }], safeguards: [] },
];

describe('matchesWhen', () => {
	test('every answer a rule names must match; lists match on any one item; unnamed answers match anything', () => {
		const base: Answers = { ...DEFAULT_ANSWERS, location: 'offshore', share: ['algorithms'] };
		expect(matchesWhen({ location: ['offshore'], share: ['source-code', 'algorithms'] }, base)).toBe(true);
		expect(matchesWhen({ location: ['offshore'], share: ['source-code'] }, base)).toBe(false);
		expect(matchesWhen({ location: ['nearshore', 'offshore'] }, base)).toBe(true);
		expect(matchesWhen({ scope: ['ito'] }, base)).toBe(false);
		expect(matchesWhen({}, base)).toBe(true);
	});
});

describe('clauseReasons', () => {
	test('ranks the clause’s own rules first, then safeguards to add, then safeguards held, then “every deal”', () => {
		const given: Answers = { scope: 'ito', location: 'offshore', org: 'startup', share: ['source-code'], safeguards: ['audit'] };
		const result = scoreRisk(given);
		expect(clauseReasons(RULES[1] as ClauseRule, given, result)).toEqual([
			{ kind: 'when', index: 0 },
			{ kind: 'when', index: 1 },
		]);
		const audit = clauseReasons(RULES[2] as ClauseRule, given, result);
		expect(audit.at(-1)).toEqual({ kind: 'held', safeguard: 'audit' });
		expect(audit).toContainEqual({ kind: 'missing', safeguard: 'oversight' });
		expect(clauseReasons({ ...(RULES[0] as ClauseRule), safeguards: [] }, given, result)).toEqual([{ kind: 'always' }]);
	});

	test('reasonKey names each reason once, as the page marks it', () => {
		const reasons: Reason[] = [{ kind: 'when', index: 2 }, { kind: 'missing', safeguard: 'nda' }, { kind: 'held', safeguard: 'nda' }, { kind: 'always' }];
		expect(reasons.map(reasonKey)).toEqual(['when-2', 'missing-nda', 'held-nda', 'always']);
	});
});

describe('recommendClauses', () => {
	test('for any answers: a clause is recommended exactly when a rule matches, it is for every deal, or one of its safeguards is held or recommended by scoreRisk', () => {
		fc.assert(
			fc.property(answers, (given) => {
				const result = scoreRisk(given);
				const missing = new Set(result.recommendations.map((r) => r.safeguard));
				const recommended = recommendClauses(RULES, given, result);
				for (const rule of RULES) {
					const expected =
						rule.always || rule.when.some((when) => matchesWhen(when, given)) || rule.safeguards.some((s) => missing.has(s) || given.safeguards.includes(s));
					expect(recommended.has(rule.id), rule.id).toBe(expected);
					if (expected) expect(recommended.get(rule.id)?.length).toBeGreaterThan(0);
				}
				// Library order, whatever the reasons.
				expect(recommendedIds(RULES, given)).toEqual(RULES.map((r) => r.id).filter((id) => recommended.has(id)));
			}),
		);
	});

	test('a clause for every deal is always recommended, and a clause with no matching rule or safeguard never', () => {
		fc.assert(
			fc.property(answers, (given) => {
				expect(recommendedIds(RULES, given)).toContain('every-deal');
				if (!(given.scope === 'lpo' && given.org === 'public')) expect(recommendedIds(RULES, given)).not.toContain('never');
			}),
		);
	});

	test('holding every safeguard still recommends the clauses that put them in writing', () => {
		const all: Answers = { ...DEFAULT_ANSWERS, safeguards: SAFEGUARDS };
		expect(recommendClauses(RULES, all).get('audit')).toEqual([
			{ kind: 'held', safeguard: 'audit' },
			{ kind: 'held', safeguard: 'oversight' },
		]);
	});
});
