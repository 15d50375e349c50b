import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { findTypedPercentage } from '@/lib/guides/typedPercentage';
import { noTypedPercentages } from '@/build/markdown/noTypedPercentages';

describe('findTypedPercentage', () => {
	test.each(['45%', '12  %', '7.5 %', '75 %', '80 percent', '80 per cent', '8 percentage points', '9 процента', '8 процентни пункта', '75％', '3‰'])('finds "%s"', (text) => {
		expect(findTypedPercentage(`The share was ${text} that year.`)).toBeDefined();
	});

	test.each(['in 2025', 'Art. 42(1)', 'three guides', 'percentages come from the data', 'процентът е в данните', '100 points'])('leaves "%s" alone', (text) => {
		expect(findTypedPercentage(text)).toBeUndefined();
	});
});

test('the Markdown plugin fails the build on a typed percentage, naming file and line', async () => {
	const compile = async (mdx: string) => mdxToJs(mdx, { mdastPlugins: [noTypedPercentages], fileURL: new URL('file:///guide.mdx') });
	await expect(compile('Fine text.\n\nAdoption reached 75 percent.')).rejects.toThrow(/guide\.mdx:3: "75 percent" is a typed percentage/);
	await expect(compile('Quoted from data: <AdoptionFigure year={2025} />.')).resolves.toBeDefined();
});
