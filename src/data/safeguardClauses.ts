// Where the calculator's "How to put it in place" leads for each safeguard: the clause of the clause library that
// implements it. Content anchors, not part of the risk model; the build's link check proves each anchor exists.
import type { Safeguard } from '@/lib/risk/factors';

/** The clause library guide. */
export const CLAUSE_GUIDE = 'contract-clauses';

/** The clause (heading id in the clause library) that puts each safeguard in place. */
export const SAFEGUARD_CLAUSE = {
	nda: 'confidentiality',
	'ip-clause': 'ownership-of-results',
	assignment: 'grant-of-rights',
	'non-compete': 'competitor-restriction',
	audit: 'audit-rights',
	oversight: 'key-personnel',
	timesheets: 'time-records-and-fees',
	'licence-check': 'third-party-licences',
	'access-control': 'code-repositories-and-access',
} as const satisfies Readonly<Record<Safeguard, string>>;
