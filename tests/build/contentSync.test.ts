// Astro's own content sync (schemas in src/content.config.ts) also stops on broken content and names the file and the
// field: the safety net behind the pre-check, and what `astro dev` and `astro sync` report.
import { expect, test } from 'vitest';
import { fixtureSite } from './support/fixtureSite';

test('a guide with bad front matter fails the sync, naming the file and each bad field', async () => {
	const site = fixtureSite();
	site.write(
		'src/content/guides/en/broken-guide.mdx',
		['---', 'title: "A guide that forgot things"', 'pubDate: 2026-11-30', 'order: "first"', 'tags: ["outsourcing"]', '---', '', 'Body.', ''].join('\n'),
	);
	const { ok, output } = await site.sync();
	expect(ok).toBe(false);
	expect(output).toContain('guides → en/broken-guide');
	expect(output).toContain('src/content/guides/en/broken-guide.mdx');
	expect(output).toMatch(/description\b/);
	expect(output).toMatch(/order\b/);
});

test('a statistics file with a year missing fails the sync, naming the year and the file', async () => {
	const site = fixtureSite();
	const file = 'src/content/stats/bulgaria-market.json';
	const json = JSON.parse(site.read(file)) as { 'bulgaria-outsourcing': { years: { year: number }[] } };
	const years = json['bulgaria-outsourcing'].years;
	expect(years.map((y) => y.year)).toContain(2023);
	json['bulgaria-outsourcing'].years = years.filter((y) => y.year !== 2023);
	site.write(file, JSON.stringify(json, null, '\t'));
	const { ok, output } = await site.sync();
	expect(ok).toBe(false);
	expect(output).toContain('stats → bulgaria-outsourcing');
	expect(output).toContain(file);
	expect(output).toMatch(/years\.\d+\.year: missing data for 2023\b/);
});
