// The layout shift a page has reported so far, as Cumulative Layout Shift counts it: the Layout Instability API's
// entries, less those within 500 ms of the reader's input; optionally only shifts of what lies inside one element.
import type { Page } from '@playwright/test';

/** A Layout Instability API entry (not in TypeScript's DOM types). */
type LayoutShiftEntry = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] };

export const layoutShift = (page: Page, within?: string): Promise<number> =>
	page.evaluate(
		(selector) =>
			new Promise<number>((resolve) => {
				const root = selector ? document.querySelector(selector) : null;
				const counts = (entry: LayoutShiftEntry) =>
					!entry.hadRecentInput && (!root || entry.sources.some((source) => source.node !== null && root.contains(source.node)));
				new PerformanceObserver((list) => {
					resolve((list.getEntries() as LayoutShiftEntry[]).reduce((sum, entry) => sum + (counts(entry) ? entry.value : 0), 0));
				}).observe({ type: 'layout-shift', buffered: true });
				// No entry at all: the observer never calls back.
				requestAnimationFrame(() => requestAnimationFrame(() => resolve(0)));
			}),
		within,
	);
