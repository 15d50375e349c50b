// Content-Security-Policy violations as the page reports them (Trusted Types included), recorded from before the first
// script runs: a test ends by expecting none.
import type { Page } from '@playwright/test';

/** Starts recording on every document `page` loads; the function returned reads what the current document recorded. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.assign(window, { cspViolations: seen });
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`));
	});
	return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}
