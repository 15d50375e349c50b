// The built site as deployed: every internal link and asset resolves and every image has alt text
// (the same checks the build runs in src/integrations/siteChecks.ts, asserted here on the final dist/).
import { expect, test } from 'vitest';
import { loadBuiltSite } from '@/integrations/siteChecks';
import { findBrokenLinks, findImagesWithoutAlt } from '@/lib/build/htmlChecks';
import { assertBuilt, DIST } from '../support/dist';

assertBuilt();
const built = loadBuiltSite(DIST);

test('the build produced every page of both editions', () => {
	expect(built.pages.size).toBeGreaterThanOrEqual(22);
});

test('every internal link and asset reference resolves, fragments included', () => {
	expect(findBrokenLinks(built, 'https://outsourcing-ip.example')).toEqual([]);
});

test('every image has alternative text', () => {
	expect(findImagesWithoutAlt(built)).toEqual([]);
});
