// The legal layer of the guides: every guide cites its sources, both languages cite the same law in the same
// sections, terms link to the glossary once, abbreviations are spelled out, and the loose wording never returns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LOCALES } from '@/lib/i18n/locales';
import { guideOutline, guideReferencesOf, guideSlugs, readEntries, readGuide } from '../../support/content';

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');
const slugs = guideSlugs('en');
const guides = LOCALES.flatMap((locale) => slugs.map((slug) => [locale, slug] as const));

interface GlossaryYaml {
	abbreviation?: Partial<Record<string, string>>;
	sources?: string[];
}
const glossary = readEntries<GlossaryYaml>('glossary');
const sources = readEntries('sources');

/** The sources each section cites (`<Cite id="…" />`), by section anchor, each list sorted; sections without citations left out. */
function citationsBySection(mdx: string, locale: string): Record<string, string[]> {
	const cites = guideOutline(mdx, locale).components.filter((c) => c.name === 'Cite');
	return Object.fromEntries([...Map.groupBy(cites, (c) => c.section)].map(([section, list]) => [section, [...new Set(list.map((c) => c.attributes))].sort()]));
}

describe.each(guides)('%s/%s', (locale, slug) => {
	const mdx = readGuide(locale, slug);

	test('cites at least one legal source, so it ends with a Sources section', async () => {
		expect((await guideReferencesOf(mdx, locale)).citations.length).toBeGreaterThan(0);
	});

	test('links each glossary term once, at its first use', async () => {
		const { terms } = await guideReferencesOf(mdx, locale);
		expect(terms.filter((id, i) => terms.indexOf(id) !== i)).toEqual([]);
	});

	test('spells out every abbreviation it uses the first time it uses it', () => {
		const abbreviations = new Set([
			...[...glossary.values()].flatMap((entry) => entry.abbreviation?.[locale] ?? []),
			...(locale === 'en' ? ['IP', 'EU', 'GDPR', 'AI', 'IT'] : ['ЕС', 'ОРЗД', 'ИТ']),
		]);
		// Prose only: imports, component attributes and link targets are code, not text.
		const { prose } = guideOutline(mdx, locale);
		for (const abbreviation of abbreviations) {
			const escaped = abbreviation.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			const first = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}s?(?![\\p{L}\\p{N}])`, 'u').exec(prose);
			if (!first) continue;
			const around = prose.slice(Math.max(0, first.index - 1), first.index + first[0].length + 1);
			expect(around, `${abbreviation} is first used without its expansion: "…${prose.slice(Math.max(0, first.index - 60), first.index + 10)}"`).toMatch(/^\(.*\)$/);
		}
	});
});

describe.each(slugs)('%s in every language', (slug) => {
	test('cites the same sources in the same sections, and links the same glossary terms', async () => {
		const en = readGuide('en', slug);
		for (const locale of LOCALES.filter((l) => l !== 'en')) {
			const translated = readGuide(locale, slug);
			expect(citationsBySection(translated, locale)).toEqual(citationsBySection(en, 'en'));
			expect([...(await guideReferencesOf(translated, locale)).terms].sort()).toEqual([...(await guideReferencesOf(en, 'en')).terms].sort());
		}
	});
});

test('the glossary has at least 25 terms', () => {
	expect(glossary.size).toBeGreaterThanOrEqual(25);
});

test('every source is cited by a guide or a glossary entry', async () => {
	const cited = new Set<string>();
	for (const [locale, slug] of guides) for (const id of (await guideReferencesOf(readGuide(locale, slug), locale)).citations) cited.add(id);
	for (const entry of glossary.values()) for (const id of entry.sources ?? []) cited.add(id);
	expect([...sources.keys()].filter((id) => !cited.has(id))).toEqual([]);
});

/**
 * Loose legal wording a lawyer of the firm flagged: it must never come back, in any language, anywhere readers see it.
 * Each entry says what is wrong with it.
 */
const FORBIDDEN: readonly { pattern: RegExp; why: string }[] = [
	{ pattern: /copyrights? (?:in [^.]*)?pass(?:es)? (?:to [^.]* )?automatically/i, why: 'copyright does not pass automatically; rights of use are granted by contract' },
	{ pattern: /patented (?:or secret )?algorithms?/i, why: 'software is not patentable as such: the asset is a secret algorithm' },
	{ pattern: /патентовани(?: или тайни)? алгоритми/i, why: 'софтуерът като такъв не е патентоспособен: ценността е в тайния алгоритъм' },
	{ pattern: /more liberal (?:justice|view)/i, why: 'say weaker protection or enforcement of trade secrets' },
	{ pattern: /по-либерал/i, why: 'кажете по-слаба защита или по-трудно прилагане на правата' },
	{ pattern: /shared without protection/i, why: 'without contractual protection; copyright and trade-secret law may still apply' },
	{ pattern: /weakest (?:IP )?protection|the most substantial cost/i, why: 'offshoring: significant savings; protection critically low only in some countries' },
	{ pattern: /най-слаба(?:та)? защита|най-голяма оптимизация/i, why: 'offshoring: значителни икономии; защитата е критично слаба само в някои държави' },
	{ pattern: /early adopters|niche practice|climb up the value chain|then spread to/i, why: 'the data say who outsourced most each year, not how adoption spread' },
	{ pattern: /Assignment of rights clause|transfers? all copyrights?/i, why: 'Bulgarian law grants rights of use; it does not assign copyright as such' },
	{ pattern: /прехвърлян\p{L}* на (?:всички )?авторск\p{L}* права/iu, why: 'законът урежда отстъпване на права за използване' },
	{ pattern: /(?<![\p{L}])ИС(?![\p{L}])/u, why: 'пишете „интелектуална собственост“ изцяло' },
	{ pattern: /дестинаци/i, why: 'пишете „държави“' },
	{ pattern: /изтичане на служители/i, why: 'пишете „изтичане на кадри“' },
	{ pattern: /основният риск при KPO|Основният риск тук не е/i, why: 'скритите разходи засягат главно BPO, а рискът от неквалифициран персонал е най-голям при KPO' },
	{ pattern: /може да бъде злоупотребено/i, why: 'неграматично: „с което може да се злоупотреби“' },
	// The second reading (Dec 2026, issue #19):
	{ pattern: /between (?:traders|merchants)/i, why: 'no hedge about penalties between traders unless the current status of Commerce Act Art. 309 is cited' },
	{ pattern: /между търговци/i, why: 'без уговорки за неустойки между търговци, докато не е цитиран действащият статус на чл. 309 ТЗ' },
	{ pattern: /renew[^.]*(?:without|at no) (?:further|additional|extra) (?:fee|charge|payment)/i, why: 'a promise to renew a grant for free may circumvent a statutory term limit (void under ZZD Art. 26(1))' },
	{ pattern: /поднов\p{L}*[^.]*без допълнително възнаграждение/iu, why: 'обещание за безплатно подновяване може да заобикаля законово ограничение на срока (чл. 26, ал. 1 ЗЗД)' },
	{ pattern: /(?:proportionate|съразмерн)[^.]*zzk-art-15|zzk-art-15[^.]*(?:proportionate|съразмерн)/iu, why: 'the prohibition (ZZK Art. 15) is not a proportionality test: that comes from the exemption rules' },
	{ pattern: /сублиценз|лицензополучател/i, why: 'пишете „преотстъпва“ и „ползватели“ (термините на ЗАПСП)' },
	{ pattern: /(?<![\p{L}])качва(?:т|ме)?(?![\p{L}])[^.]*(?:код|хранилищ)/iu, why: 'за commit пишете „записва“ (в хранилището)' },
	{ pattern: /потърс\p{L}* сметка/iu, why: 'пишете „повдигнете въпроса“' },
];

const READER_FACING = [
	...guides.map(([locale, slug]) => join('content', 'guides', locale, `${slug}.mdx`)),
	join('lib', 'i18n', 'ui', 'en.ts'),
	join('lib', 'i18n', 'ui', 'bg.ts'),
	'site.config.ts',
	join('content', 'about', 'en.mdx'),
	join('content', 'about', 'bg.mdx'),
	...[...sources.keys()].map((id) => join('content', 'sources', `${id}.yaml`)),
	...[...glossary.keys()].map((id) => join('content', 'glossary', `${id}.yaml`)),
	...[...readEntries('faq').keys()].map((id) => join('content', 'faq', `${id}.yaml`)),
	...[...readEntries('clauses').keys()].map((id) => join('content', 'clauses', `${id}.yaml`)),
	...[...readEntries('definitions').keys()].map((id) => join('content', 'definitions', `${id}.yaml`)),
];

test.each(READER_FACING)('src/%s contains none of the loose legal wording', (file) => {
	const text = readFileSync(join(SRC, file), 'utf8');
	const found = FORBIDDEN.filter(({ pattern }) => pattern.test(text)).map(({ pattern, why }) => `${pattern.source}: ${why}`);
	expect(found).toEqual([]);
});

/** Every text that cites sources: the guides, the clause library and the FAQ, as written. */
const CITING_TEXTS = [
	...guides.map(([locale, slug]) => ({ file: `guides/${locale}/${slug}.mdx`, text: readGuide(locale, slug) })),
	...[...readEntries('clauses')].map(([id, clause]) => ({ file: `clauses/${id}.yaml`, text: JSON.stringify(clause) })),
];

test('Copyright Act Art. 28a (a term of protection) is cited only where the 70-year term is meant, never for who owns the code', () => {
	// The sentence before each citation of 28a must speak of the term; who holds copyright in employees' programs is Art. 14.
	for (const { file, text } of CITING_TEXTS) {
		for (const match of text.matchAll(/<Cite id=\\?"zapsp-art-28a\\?" \/>/g)) {
			const sentence = text.slice(Math.max(0, text.lastIndexOf('. ', match.index) + 1), match.index);
			expect(sentence, `${file}: ${sentence}`).toMatch(/70 (?:years|години)/);
		}
	}
	for (const [id, entry] of readEntries<{ sources: string[]; answer: Record<string, string> }>('faq')) {
		if (entry.sources.includes('zapsp-art-28a')) expect(Object.values(entry.answer).join(' '), `faq/${id}.yaml`).toMatch(/70 (?:years|години)/);
	}
});

test('who owns programs written by employees is always cited to Copyright Act Art. 14', () => {
	const statement = /(?:programs?|code|software|програм\p{L}*|код\p{L}*|софтуер\p{L}*)[^.]*(?:employees|служител\p{L}*)[^.]*(?:arises?|belongs?|възниква|принадлежи)/iu;
	for (const { file, text } of CITING_TEXTS) {
		for (const sentence of text.split(/(?<=[.;])\s/)) {
			if (statement.test(sentence) && /<Cite /.test(sentence)) expect(sentence, file).toMatch(/zapsp-art-14/);
		}
	}
});
