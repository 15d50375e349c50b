// Mistakes found while the pages are rendered stop the build, naming the guide and the reason.
import { describe, expect, test } from 'vitest';
import { fixtureSite } from './support/fixtureSite';

describe('the build fails while rendering, naming the file and the reason', () => {
	test('on an unknown guide in previous/next', async () => {
		const site = fixtureSite();
		site.edit('src/content/guides/en/outsourcing-by-location.mdx', (text) => text.replace(/^order: 3$/m, 'order: 3\nnext: "no-such-guide"'));
		const { ok, output } = await site.build();
		expect(ok).toBe(false);
		expect(output).toContain('outsourcing-by-location.mdx');
		expect(output).toContain('sets next: "no-such-guide", which is not another guide in its language');
	});

	test('on a guide quoting a year the data set does not cover', async () => {
		const site = fixtureSite();
		site.edit('src/content/guides/en/what-is-outsourcing.mdx', (text) => text.replace('<AdoptionFigure year={2021} />', '<AdoptionFigure year={2019} />'));
		const { ok, output } = await site.build();
		expect(ok).toBe(false);
		expect(output).toContain('the market data set has no figure for 2019');
	});
});
