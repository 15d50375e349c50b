// Each island translates with only its own strings (ISLAND_KEYS): every text it writes must come out complete from them.
import { describe, expect, test } from 'vitest';
import { pickStrings } from '@/lib/i18n/pickStrings';
import { LOCALE_INFO } from '@/lib/i18n/locales';
import { translator, type Translate } from '@/lib/i18n/translator';
import { dictionaries } from '@/lib/i18n/useTranslations';
import { ISLAND_KEYS, type Island } from '@/lib/risk/clientKeys';
import { ASSETS, LOCATIONS, ORGS, SAFEGUARDS, SCOPES, type Answers } from '@/lib/risk/factors';
import { LEVEL_LABEL } from '@/lib/risk/labelKeys';
import { loadAnswers, loadNotice } from '@/lib/risk/loadAnswers';
import { deltaText, pointsText } from '@/lib/risk/points';
import { explainResult, resultSummary } from '@/lib/risk/resultText';
import { scoreRisk } from '@/lib/risk/scoreRisk';
import { whatIfs } from '@/lib/risk/whatIf';
import { compareNotice, compareRows, parseCompare } from '@/lib/risk/compare';

/** Answers covering every scope, location and organisation, with everything shared and nothing in place, and the reverse. */
const scenarios = SCOPES.flatMap((scope) =>
	LOCATIONS.flatMap((location) =>
		ORGS.flatMap((org) =>
			([
				{ scope, location, org, share: ASSETS, safeguards: [] },
				{ scope, location, org, share: [], safeguards: SAFEGUARDS },
			] satisfies Answers[]).map((answers) => ({ answers, result: scoreRisk(answers) })),
		),
	),
);

/** Everything each island writes with its translator, as its script writes it. */
const TEXTS: Record<Island, (t: Translate) => string[]> = {
	form: (t) =>
		(
			[
				['?scope=x&share=y&safeguards=z&location=w&org=v&q=1', null],
				['', '{"scope":1}'],
				['', 'nope'],
			] as const
		).flatMap(([search, stored]) => {
			const notice = loadNotice(loadAnswers(search, stored), t);
			return [notice?.message ?? '', ...(notice?.items ?? [])];
		}),
	result: (t) =>
		scenarios.flatMap(({ result }) => [explainResult(result, t), t('calc.result.levelLine', { level: t(LEVEL_LABEL[result.level]), score: result.overall })]),
	recommendations: (t) => scenarios.flatMap(({ result }) => result.recommendations.map((r) => t('calc.rec.reduction', { points: pointsText(r.reduction, t) }))),
	planHeader: (t) => [t('calc.print.date', { date: '30 November 2026' })],
	scoreBar: (t) => scenarios.map(({ result }) => t(LEVEL_LABEL[result.level])),
	compare: (t) => {
		// Unknown values in both scenarios (more than a notice lists), and a repeated `a`.
		const many = Array.from({ length: 12 }, (_, i) => `x${i}=1`).join('&');
		const notice = compareNotice(parseCompare(`?${new URLSearchParams([['a', `scope=zzz&${many}`], ['b', 'share=gold'], ['a', '']]).toString()}`)!, t);
		return [
			...scenarios.flatMap(({ answers }, i) => compareRows(answers, scenarios[(i + 1) % scenarios.length]?.answers ?? answers, t).flatMap(({ a, b, difference }) => [a, b, difference])),
			notice?.message ?? '',
			...(notice?.items ?? []),
		];
	},
	whatIf: (t) => scenarios.flatMap(({ answers, result }) => whatIfs(answers, result).map(({ delta }) => deltaText(delta, t))),
	share: (t) => [
		...scenarios.map(({ answers, result }) => resultSummary(answers, result, t, 'https://x.example/')),
		t('calc.share.copied'),
		t('calc.share.fallback'),
		t('calc.share.resetDone'),
	],
};

describe.each(['en', 'bg'] as const)('%s', (locale) => {
	test.each(Object.keys(TEXTS) as Island[])('<risk-%s> needs no key outside its own strings', (island) => {
		const texts = TEXTS[island](translator(pickStrings(dictionaries[locale], ISLAND_KEYS[island]), LOCALE_INFO[locale].intl));
		expect(texts.length).toBeGreaterThan(0);
		expect(texts.filter((text) => /(calc|compare)\.|\{\w+\}/.test(text))).toEqual([]);
	});
});
