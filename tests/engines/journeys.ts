// The main journeys, written once for any engine (support/engine.ts) and run in Firefox ESR and WebKit by
// firefox.test.ts and webkit.test.ts, on the site as `npm start` serves it: plain http. A smoke tier: each journey is
// the shortest use that proves an island or page works in that engine; the Chromium tier (tests/e2e/) covers each in
// depth. Expected values come from the site's own code (the risk model, the dictionaries, the campaign link builder),
// and every journey ends with no page error and no CSP violation (Trusted Types included) in the page.
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, afterEach, beforeAll, expect, inject, test } from 'vitest';
import { campaignLink } from '@/lib/campaign/campaignLink';
import { DEFAULT_LOCALE, LOCALE_INFO } from '@/lib/i18n/locales';
import { useTranslations } from '@/lib/i18n/useTranslations';
import { parseCompare } from '@/lib/risk/compare';
import { resultSummary } from '@/lib/risk/resultText';
import { scoreRisk } from '@/lib/risk/scoreRisk';
import { parseAnswers, serializeAnswers } from '@/lib/risk/shareUrl';
import { siteConfig } from '@/site.config';
import { until, type Engine } from './support/engine';
import { takeProblems } from './support/recorder';

const en = useTranslations('en');
const SHARED_LINK = 'scope=ito&location=offshore&org=startup&share=source-code';

/** The calculator's overall score as the page shows it, once its islands have filled it in. */
const shownScore = (engine: Engine) => until(engine, 'the calculator’s score', () => document.querySelector('[data-overall]')?.textContent ?? '').then(Number);
/** The values of the calculator's ticked answers, in form order. */
const checkedValues = (engine: Engine) => engine.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('[data-form] input:checked')].map((input) => input.value));

/** Presses Tab until the element with `id` has focus, as a reader without a mouse does. */
async function tabTo(engine: Engine, id: string): Promise<void> {
	for (let i = 0; i < 40; i++) {
		if ((await engine.evaluate(() => document.activeElement?.id)) === id) return;
		await engine.press('Tab');
	}
	throw new Error(`${engine.name}: Tab never reached #${id}`);
}

/** The QR code the page shows, as a phone's camera app reads it: rendered (resvg) and decoded (jsQR). */
async function decodeShownQr(engine: Engine): Promise<string | undefined> {
	const svg = await engine.evaluate(() => {
		const code = document.querySelector('svg[data-qr]');
		return code ? new XMLSerializer().serializeToString(code) : '';
	});
	const image = new Resvg(svg, { fitTo: { mode: 'zoom', value: 4 }, background: '#fff' }).render();
	return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

/** Defines the journeys for the engine `launch` starts (one browser for all of them, its problems checked after each). */
export function journeys(launch: (origin: string) => Promise<Engine>): void {
	const origin = inject('siteOrigin');
	let engine: Engine;
	beforeAll(async () => {
		engine = await launch(origin);
		console.log(`engines tier: ${engine.name}`);
	});
	afterAll(async () => {
		await engine.close();
	});
	afterEach(async () => {
		expect(await takeProblems(engine), 'page errors and CSP violations').toEqual([]);
	});

	test('a guide: its table of contents leads to its sections, and the theme switch changes and keeps the theme', async () => {
		await engine.goto('/guides/protecting-ip-when-outsourcing/');
		const targets = await engine.evaluate(() => [...document.querySelectorAll('nav.toc a')].map((a) => a.getAttribute('href') ?? ''));
		expect(targets.length).toBeGreaterThanOrEqual(3);
		const missing = await engine.evaluate((hrefs) => hrefs.filter((href) => !document.getElementById(decodeURIComponent(href.slice(1)))), targets);
		expect(missing).toEqual([]);
		const last = targets.at(-1) ?? '';
		await engine.click(`nav.toc a[href="${last}"]`);
		await until(engine, `${last} scrolled into view`, (hash) => {
			const box = document.getElementById(decodeURIComponent(hash.slice(1)))?.getBoundingClientRect();
			return location.hash === hash && box !== undefined && box.top >= -1 && box.top < innerHeight;
		}, last);

		const theme = () => engine.evaluate(() => ({ theme: document.documentElement.dataset['theme'], pressed: document.querySelector('[data-theme-toggle]')?.getAttribute('aria-pressed'), background: getComputedStyle(document.body).backgroundColor }));
		const before = await theme();
		await engine.click('[data-theme-toggle]');
		const after = await until(engine, 'the other theme', (was) => document.documentElement.dataset['theme'] !== was && document.documentElement.dataset['theme'], before.theme);
		const switched = await theme();
		expect(switched.pressed).not.toBe(before.pressed);
		expect(switched.background).not.toBe(before.background);
		await engine.goto('/guides/');
		expect((await theme()).theme).toBe(after);
		// Back to the theme the other journeys expect.
		await engine.click('[data-theme-toggle]');
		expect((await theme()).theme).toBe(before.theme);
	});

	test('the calculator from a shared link: its answers, the model’s score, and a clean address bar', async () => {
		await engine.goto(`/calculator/?${SHARED_LINK}&utm_source=newsletter`);
		const { answers } = parseAnswers(SHARED_LINK);
		expect(await shownScore(engine)).toBe(scoreRisk(answers).overall);
		expect(await checkedValues(engine)).toEqual(['ito', 'offshore', 'startup', 'source-code']);
		// Saved, so the link's answers leave the address; the campaign stays.
		expect(await engine.evaluate(() => location.search)).toBe('?utm_source=newsletter');
	});

	test('the calculator from keyboard answers: arrow keys choose, Space ticks, the score follows', async () => {
		await engine.goto('/calculator/');
		await engine.evaluate(() => {
			localStorage.clear();
		});
		await engine.goto('/calculator/');
		expect(await shownScore(engine)).toBe(scoreRisk(parseAnswers('').answers).overall);
		await tabTo(engine, 'calc-scope-bpo');
		await engine.press('ArrowDown', 'Tab', 'ArrowDown', 'ArrowDown', 'Tab', 'ArrowUp', 'ArrowUp', 'Tab', 'Space');
		expect(await checkedValues(engine)).toEqual(['ito', 'offshore', 'startup', 'source-code']);
		const expected = scoreRisk(parseAnswers(SHARED_LINK).answers).overall;
		await until(engine, `the score ${expected}`, (score) => document.querySelector('[data-overall]')?.textContent === String(score), expected);
	});

	test('the compare page: a what-if alternative side by side, scored by the same model', async () => {
		await engine.goto(`/calculator/?${SHARED_LINK}`);
		await shownScore(engine);
		const href = await until(engine, 'a compare link', () => document.querySelector<HTMLAnchorElement>('li[data-whatif]:not([hidden]) a[data-compare-link]')?.getAttribute('href'));
		await engine.click(`a[data-compare-link][href="${href}"]`);
		const cells = await until(engine, 'the filled compare table', () => {
			const row = document.querySelector('tr[data-row="overall"]');
			const a = row?.querySelector('[data-a]')?.textContent;
			return a ? { a, b: row.querySelector('[data-b]')?.textContent, search: location.search, notice: document.querySelector('[data-notice]')?.textContent } : undefined;
		});
		const scenarios = parseCompare(cells.search);
		expect(scenarios).not.toBeNull();
		expect([Number(cells.a), Number(cells.b)]).toEqual([scoreRisk(scenarios!.a).overall, scoreRisk(scenarios!.b).overall]);
		expect(cells.notice).toBe('');
	});

	test('the statistics chart: the build-time SVG shows at once, and "Interactive chart" draws Chart.js bars over it', async () => {
		await engine.goto('/statistics/');
		const bars = await engine.evaluate(() => document.querySelectorAll('[data-chart-panel] svg rect').length);
		expect(bars).toBeGreaterThan(0);
		await engine.evaluate(() => {
			const button = document.querySelector('[data-chart-explore]');
			button?.scrollIntoView();
			if (button instanceof HTMLButtonElement) button.click();
		});
		await until(engine, 'the chart drawn', () => document.querySelector('oip-adoption-chart')?.getAttribute('data-chart-state') === 'drawn');
		const painted = await until(engine, 'painted bars', () => {
			const canvas = document.querySelector('oip-adoption-chart canvas');
			const context = canvas instanceof HTMLCanvasElement && canvas.width > 0 ? canvas.getContext('2d') : null;
			if (!context) return 0;
			const { data } = context.getImageData(0, 0, context.canvas.width, context.canvas.height);
			let count = 0;
			for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) count++;
			return count > 2000 ? count : 0;
		});
		expect(painted).toBeGreaterThan(2000);
	});

	for (const [lang, guide, query, pattern] of [
		['English', '/guides/protecting-ip-when-outsourcing/', 'NDA', /^\d+ pages match “NDA”\.$/],
		['Bulgarian', '/bg/guides/protecting-ip-when-outsourcing/', 'споразумение', /^\d+ страници съдържат „споразумение“\.$/],
	] as const) {
		test(`search in ${lang}: from a guide's header to results in its language (WebAssembly under the CSP)`, async () => {
			await engine.goto(guide);
			await engine.type('#header-search', query);
			await engine.press('Enter');
			const status = await until(engine, 'the search results', () => (location.pathname.endsWith('/search/') && document.querySelector('[data-results] > li') ? document.querySelector('[data-status]')?.textContent : ''));
			expect(status).toMatch(pattern);
			const links = await engine.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('[data-results] h2 a')].map((a) => a.pathname));
			expect(links.length).toBeGreaterThan(0);
			expect(links.every((path) => path.startsWith('/bg/') === guide.startsWith('/bg/'))).toBe(true);
		});
	}

	test('the contact page receives the calculator’s summary in its message and its mail link', async () => {
		await engine.goto(`/calculator/?${SHARED_LINK}`);
		await shownScore(engine);
		await engine.click('a[data-cta]');
		const message = await until(engine, 'the prefilled message', () => (location.pathname === '/contact/' ? document.querySelector<HTMLTextAreaElement>('#contact-message')?.value : ''));
		const { answers } = parseAnswers(SHARED_LINK);
		expect(message).toBe(resultSummary(answers, scoreRisk(answers), en, `${origin}/calculator/?${serializeAnswers(answers)}`));
		const body = await engine.evaluate(() => new URL(document.querySelector<HTMLAnchorElement>('a[data-email-link]')?.href ?? 'mailto:x').searchParams.get('body'));
		expect(body).toBe(message);
	});

	test('the contract builder: the calculator’s answers tick their clauses, a typed party name fills the draft in both languages', async () => {
		await engine.goto(`/contract-builder/?${SHARED_LINK}`);
		const ticked = await until(engine, 'the ticked clauses', () => document.querySelectorAll('input[name="clause"]:checked').length);
		expect(ticked).toBeGreaterThan(0);
		await engine.type('#field-client', 'Акме <b>ООД</b>');
		// Bilingual: the same value in the English and the Bulgarian column, as text.
		await engine.click('input[name="mode"][value="both"]');
		const filled = await until(engine, 'the client in the draft', () => {
			const slots = [...document.querySelectorAll('[data-field="client"]')].filter((slot) => (slot as HTMLElement).offsetParent !== null);
			return slots.length >= 2 && slots.every((slot) => slot.textContent === 'Акме <b>ООД</b>') ? slots.length : 0;
		});
		expect(filled).toBeGreaterThanOrEqual(2);
		expect(await engine.evaluate(() => document.querySelectorAll('[data-field="client"] b').length)).toBe(0);
	});

	test('the campaign tool: typed values make a link, and its QR code decodes to that link', async () => {
		await engine.goto('/campaign-links/');
		await engine.type('#campaign-utm_source', 'Newsletter');
		await engine.type('#campaign-utm_medium', 'email');
		await engine.type('#campaign-utm_campaign', 'Spring 2027');
		const site = await engine.evaluate(() => document.querySelector<HTMLElement>('oip-campaign-tool')?.dataset['site'] ?? '');
		const expected = campaignLink(site, '/', [['utm_source', 'newsletter'], ['utm_medium', 'email'], ['utm_campaign', 'spring-2027']]);
		await until(engine, 'the link', (link) => document.querySelector('[data-link]')?.textContent === link, expected);
		expect(await decodeShownQr(engine)).toBe(expected);
		const download = await engine.evaluate(() => {
			const a = document.querySelector<HTMLAnchorElement>('a[data-download]');
			return { blob: a?.href.startsWith('blob:'), name: a?.download };
		});
		expect(download).toEqual({ blob: true, name: 'qr-spring-2027.svg' });
	});

	test('the print plan: the button prints; printed, the plan is dated and fits two A4 pages without the screen’s controls', async () => {
		await engine.goto(`/calculator/?${SHARED_LINK}`);
		await shownScore(engine);
		// The print dialog would block the driver: count the calls instead.
		await engine.evaluate(() => {
			window.print = () => {
				document.documentElement.dataset['printed'] = String(Number(document.documentElement.dataset['printed'] ?? 0) + 1);
			};
		});
		await engine.click('[data-print]');
		await until(engine, 'print() called', () => document.documentElement.dataset['printed'] === '1');
		const dated = en('calc.print.date', { date: new Intl.DateTimeFormat(LOCALE_INFO[DEFAULT_LOCALE].intl, { dateStyle: 'long' }).format(new Date()) });
		expect(await engine.evaluate(() => document.querySelector('oip-plan-header [data-date]')?.textContent)).toBe(dated);
		// Printing itself, where the client can (Firefox; WebKitWebDriver has no print command).
		if (engine.pdf) {
			const { totalPages, text } = await extractText(await getDocumentProxy(await engine.pdf()), { mergePages: true });
			expect(totalPages).toBeGreaterThanOrEqual(1);
			expect(totalPages).toBeLessThanOrEqual(2);
			const printed = text.replace(/\s+/g, ' ');
			for (const shown of [en('calc.print.title'), dated, en('calc.print.contact', { firm: siteConfig.firm.name.en })]) expect(printed).toContain(shown);
			for (const hidden of [en('calc.share.copy'), en('calc.print.button')]) expect(printed).not.toContain(hidden);
		}
	});
}
