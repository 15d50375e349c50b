// The clause library's recommendation rules read from its YAML files, for the built-site and browser tests: what the
// builder should tick for a set of answers, computed from the data rather than copied into the tests.
import { recommendedIds, type ClauseRule } from '../../src/lib/clauses/recommend';
import type { Answers, Safeguard } from '../../src/lib/risk/factors';
import { readClauses, readEntries } from './content';

interface ClauseRulesYaml {
	safeguard?: Safeguard;
	supports?: Safeguard[];
	recommend?: { always?: unknown; when?: ClauseRule['when'] };
}

/** Every clause's rule, in library order. */
export function readClauseRules(): ClauseRule[] {
	const yaml = readEntries<ClauseRulesYaml>('clauses');
	return readClauses().map(({ id }) => {
		const data = yaml.get(id) ?? {};
		return { id, always: data.recommend?.always !== undefined, when: data.recommend?.when ?? [], safeguards: [...(data.safeguard ? [data.safeguard] : []), ...(data.supports ?? [])] };
	});
}

/** The ids the builder ticks for these answers, in library order. */
export const expectedClauses = (answers: Answers): string[] => recommendedIds(readClauseRules(), answers);
