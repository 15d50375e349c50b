// The layout shift a page has reported so far, as Cumulative Layout Shift counts it: the Layout Instability API's
// entries, less those within 500 ms of the reader's input.
import type { Page } from '@playwright/test';

/** A Layout Instability API entry (not in TypeScript's DOM types). */
type LayoutShiftEntry = PerformanceEntry & { value: number; hadRecentInput: boolean };

export const layoutShift = (page: Page): Promise<number> =>
	page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				new PerformanceObserver((list) => {
					resolve((list.getEntries() as LayoutShiftEntry[]).reduce((sum, entry) => sum + (entry.hadRecentInput ? 0 : entry.value), 0));
				}).observe({ type: 'layout-shift', buffered: true });
				// No entry at all: the observer never calls back.
				requestAnimationFrame(() => requestAnimationFrame(() => resolve(0)));
			}),
	);
