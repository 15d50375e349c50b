// The islands translate with only CALCULATOR_CLIENT_KEYS: every client-side text must come out complete from them.
import { expect, test } from 'vitest';
import { pickStrings } from '@/lib/i18n/pickStrings';
import { translator } from '@/lib/i18n/translator';
import { dictionaries } from '@/lib/i18n/useTranslations';
import { CALCULATOR_CLIENT_KEYS } from '@/lib/risk/clientKeys';
import { explainResult } from '@/lib/risk/explainResult';
import { ASSETS, LOCATIONS, ORGS, SAFEGUARDS, SCOPES, type Answers } from '@/lib/risk/factors';
import { loadAnswers, loadNotice } from '@/lib/risk/loadAnswers';
import { resultSummary } from '@/lib/risk/resultSummary';
import { scoreRisk } from '@/lib/risk/scoreRisk';

test.each(['en', 'bg'] as const)('%s: explanations, summaries and notices need no key outside CALCULATOR_CLIENT_KEYS', (locale) => {
	const t = translator(pickStrings(dictionaries[locale], CALCULATOR_CLIENT_KEYS));
	const texts: string[] = [];
	for (const scope of SCOPES) {
		for (const location of LOCATIONS) {
			for (const org of ORGS) {
				for (const answers of [
					{ scope, location, org, share: ASSETS, safeguards: [] },
					{ scope, location, org, share: [], safeguards: SAFEGUARDS },
				] satisfies Answers[]) {
					const result = scoreRisk(answers);
					texts.push(explainResult(result, t), resultSummary(answers, result, t, 'https://x.example/'));
				}
			}
		}
	}
	for (const [search, stored] of [
		['?scope=x&share=y&safeguards=z&location=w&org=v&q=1', null],
		['', '{"scope":1}'],
		['', 'nope'],
	] as const) {
		const notice = loadNotice(loadAnswers(search, stored), t);
		texts.push(notice?.message ?? '', ...(notice?.items ?? []));
	}
	for (const key of ['calc.share.copied', 'calc.share.fallback', 'calc.share.resetDone'] as const) texts.push(t(key));
	const leftovers = texts.filter((text) => /calc\.|\{\w+\}/.test(text));
	expect(leftovers).toEqual([]);
});

test('the list has no duplicates', () => {
	expect(new Set(CALCULATOR_CLIENT_KEYS).size).toBe(CALCULATOR_CLIENT_KEYS.length);
});
