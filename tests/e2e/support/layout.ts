import type { Page } from '@playwright/test';

/** How far the page scrolls sideways: 0 when nothing is wider than the window. */
export const horizontalOverflow = (page: Page): Promise<number> =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
