// Firefox ESR from Debian, driven by puppeteer-core over WebDriver BiDi (Playwright cannot drive a stock Firefox).
import puppeteer, { type KeyInput } from 'puppeteer-core';
import { FIREFOX_PATH } from '../../../scripts/lib/engines';
import { scrollToCentre, type Engine, type Key } from './engine';

// Over BiDi the space bar is ' ' (puppeteer's 'Space' is a DevTools Protocol key code).
const KEYS: Record<Key, KeyInput> = { Tab: 'Tab', ArrowDown: 'ArrowDown', ArrowUp: 'ArrowUp', Space: ' ', Enter: 'Enter' };

export async function launchFirefox(origin: string): Promise<Engine> {
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX_PATH,
		protocol: 'webDriverBiDi',
		headless: true,
		defaultViewport: { width: 1280, height: 800 },
	});
	// A page of its own: the tab Firefox opens with never gets focus over BiDi (document.hasFocus() stays false), and
	// without focus the space bar does not tick a checkbox.
	const page = await browser.newPage();
	const seen: string[] = [];
	// Firefox reports uncaught errors, and CSP violations too, as page errors over BiDi.
	page.on('pageerror', (error) => seen.push(`page error (client): ${error instanceof Error ? error.message : String(error)}`));
	return {
		name: `Firefox ${(await browser.version()).replace(/^firefox\//i, '')}`,
		goto: async (path) => {
			await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
		},
		// puppeteer types a page function's parameters through its handle mapping, which a generic signature cannot satisfy.
		evaluate: (fn, ...args) => page.evaluate(fn as (...params: unknown[]) => Awaited<ReturnType<typeof fn>>, ...args),
		click: async (selector) => {
			await page.evaluate(scrollToCentre, selector);
			await page.click(selector);
		},
		type: (selector, text) => page.type(selector, text),
		press: async (...keys) => {
			for (const key of keys) await page.keyboard.press(KEYS[key]);
		},
		pdf: async () => new Uint8Array(await page.pdf({ format: 'A4' })),
		clientProblems: () => seen.splice(0),
		close: () => browser.close(),
	};
}
