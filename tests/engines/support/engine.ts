// What a journey needs from a browser, whichever engine and client library drives it: Firefox through puppeteer-core
// (firefox.ts), WebKit through selenium-webdriver (webkit.ts). Journeys (../journeys.ts) are written once against this.

/** The keys journeys press. */
export type Key = 'Tab' | 'ArrowDown' | 'ArrowUp' | 'Space' | 'Enter';

export interface Engine {
	/** The engine and its version, as the browser reports it: `Firefox 153.8.0`, `WebKitGTK 2.50.6`. */
	readonly name: string;
	/** Opens a path of the site (relative to its origin) and waits for the page's load event. */
	goto(path: string): Promise<void>;
	/** Runs `fn` in the page with JSON-serialisable arguments; a promise it returns is awaited. */
	evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
	/** Clicks the first element that matches `selector`, scrolled into view, as a mouse does. */
	click(selector: string): Promise<void>;
	/** Types `text` key by key into the element that matches `selector` (which gets focus first). */
	type(selector: string, text: string): Promise<void>;
	/** Presses each key in turn on the focused element. */
	press(...keys: Key[]): Promise<void>;
	/** The current page printed to PDF, where the client can print (Firefox over BiDi); undefined where it cannot. */
	readonly pdf?: () => Promise<Uint8Array>;
	/** Problems the client itself saw since the last call (page errors), beside those the page recorded (recorder.ts). */
	clientProblems(): string[];
	close(): Promise<void>;
}

/**
 * Runs in the page before a click: brings the element to the middle of the viewport at once. The site scrolls smoothly
 * (unless the reader prefers reduced motion), and the drivers would otherwise aim at an element still on its way.
 */
export function scrollToCentre(selector: string): void {
	document.querySelector(selector)?.scrollIntoView({ block: 'center', behavior: 'instant' });
}

/** How long a wait may take: far above the usual (well under a second) on a busy two-core machine. */
export const WAIT_MS = 15_000;

/** What a value is once it passed an `if`. */
type Truthy<T> = Exclude<T, undefined | null | false | 0 | ''>;

/**
 * Polls `fn` in the page until it returns a truthy value, and returns that; fails after WAIT_MS naming `what` and the
 * last value seen. A call cut short by a navigation (the page unloading under it) counts as "not yet". No fixed waits:
 * it returns as soon as the page is there.
 */
export async function until<A extends unknown[], R>(engine: Engine, what: string, fn: (...args: A) => R, ...args: A): Promise<Truthy<Awaited<R>>> {
	const deadline = Date.now() + WAIT_MS;
	for (;;) {
		let last: unknown;
		try {
			last = await engine.evaluate(fn, ...args);
			if (last) return last as Truthy<Awaited<R>>;
		} catch (error) {
			last = `${(error as Error).name}: ${(error as Error).message}`;
		}
		if (Date.now() > deadline) throw new Error(`${engine.name}: waited ${WAIT_MS / 1000} s for ${what}; last value: ${JSON.stringify(last)}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}
