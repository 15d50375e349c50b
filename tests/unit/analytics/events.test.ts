// The events a marketing team counts and how each provider is told of one (src/lib/analytics/events.ts).
import { describe, expect, test, vi } from 'vitest';
import {
	CALCULATOR,
	calculatorCompletion,
	CTA_SELECTORS,
	EXPORT_SELECTORS,
	clickEvent,
	CTA_ACTIONS,
	eventProps,
	EXPORT_FORMATS,
	sendEvent,
	visitCampaign,
	type AnalyticsEvent,
	type Campaign,
} from '@/lib/analytics/events';

const CAMPAIGN: Campaign = [
	['utm_source', 'newsletter'],
	['utm_medium', 'email'],
	['utm_campaign', 'spring-2027'],
];

const EVENTS: AnalyticsEvent[] = [
	...CTA_ACTIONS.map((cta): AnalyticsEvent => ({ name: 'CTA click', cta, campaign: CAMPAIGN })),
	{ name: 'CTA click', cta: 'email', campaign: [] },
	{ name: 'Calculator completed' },
	...EXPORT_FORMATS.map((format): AnalyticsEvent => ({ name: 'Builder exported', format })),
];

describe('eventProps', () => {
	test('a CTA click: where, and the campaign by its utm_* names', () => {
		expect(eventProps({ name: 'CTA click', cta: 'booking', campaign: CAMPAIGN })).toEqual({
			cta: 'booking',
			utm_source: 'newsletter',
			utm_medium: 'email',
			utm_campaign: 'spring-2027',
		});
		expect(eventProps({ name: 'CTA click', cta: 'cta-box', campaign: [] })).toEqual({ cta: 'cta-box' });
	});

	test('a builder export: its format; a finished calculation: nothing', () => {
		for (const format of EXPORT_FORMATS) expect(eventProps({ name: 'Builder exported', format })).toEqual({ format });
		expect(eventProps({ name: 'Calculator completed' })).toEqual({});
	});

	test('every property is a string (both providers take strings)', () => {
		for (const event of EVENTS) for (const value of Object.values(eventProps(event))) expect(typeof value).toBe('string');
	});
});

describe('sendEvent', () => {
	test.each(EVENTS)('Plausible: plausible(name, { props }) for %o', (event) => {
		const plausible = vi.fn();
		expect(sendEvent(event, { plausible })).toBe('plausible');
		const props = eventProps(event);
		expect(plausible.mock.calls).toEqual([Object.keys(props).length > 0 ? [event.name, { props }] : [event.name]]);
	});

	test.each(EVENTS)('Umami: umami.track(name, data) for %o', (event) => {
		const track = vi.fn();
		expect(sendEvent(event, { umami: { track } })).toBe('umami');
		const props = eventProps(event);
		expect(track.mock.calls).toEqual([Object.keys(props).length > 0 ? [event.name, props] : [event.name]]);
	});

	test('no tracker loaded (analytics off, blocked, not loaded yet): nothing happens', () => {
		for (const event of EVENTS) {
			expect(sendEvent(event, {})).toBeUndefined();
			expect(sendEvent(event, { plausible: 'not a function', umami: { track: 'nor this' } })).toBeUndefined();
			expect(sendEvent(event, { umami: null })).toBeUndefined();
		}
	});
});

describe('clickEvent', () => {
	const within = (matching: string) => (selector: string) => selector === matching;

	test.each(CTA_ACTIONS)('a click on the %s target is a CTA click, with the campaign read once', (cta) => {
		const campaign = vi.fn(() => CAMPAIGN);
		expect(clickEvent(within(CTA_SELECTORS[cta]), campaign)).toEqual({ name: 'CTA click', cta, campaign: CAMPAIGN });
		expect(campaign).toHaveBeenCalledOnce();
	});

	test.each(EXPORT_FORMATS)('a click on the %s export button is an export, the campaign not read', (format) => {
		const campaign = vi.fn(() => CAMPAIGN);
		expect(clickEvent(within(EXPORT_SELECTORS[format]), campaign)).toEqual({ name: 'Builder exported', format });
		expect(campaign).not.toHaveBeenCalled();
	});

	test('every CTA and every export format has its target, each selector once', () => {
		expect(Object.keys(CTA_SELECTORS).sort()).toEqual([...CTA_ACTIONS].sort());
		expect(Object.keys(EXPORT_SELECTORS).sort()).toEqual([...EXPORT_FORMATS].sort());
		const selectors = [...Object.values(CTA_SELECTORS), ...Object.values(EXPORT_SELECTORS)];
		expect(new Set(selectors).size).toBe(selectors.length);
	});

	test('any other click is no event', () => {
		const campaign = vi.fn(() => CAMPAIGN);
		expect(clickEvent(() => false, campaign)).toBeUndefined();
		expect(campaign).not.toHaveBeenCalled();
	});
});

describe('visitCampaign', () => {
	const ORIGIN = 'https://guide.firm-sample.bg';

	test("this page's utm_* values, cleaned as the contact page cleans them", () => {
		expect(visitCampaign('?utm_campaign=Spring%E2%80%8B&UTM_Source=li&fbclid=x', '', ORIGIN)).toEqual([
			['utm_source', 'li'],
			['utm_campaign', 'Spring'],
		]);
	});

	test('else those of the page of this site the reader came from; this page wins key by key', () => {
		expect(visitCampaign('', `${ORIGIN}/guides/?utm_source=newsletter&utm_campaign=a`, ORIGIN)).toEqual([
			['utm_source', 'newsletter'],
			['utm_campaign', 'a'],
		]);
		expect(visitCampaign('?utm_campaign=b', `${ORIGIN}/?utm_source=newsletter&utm_campaign=a`, ORIGIN)).toEqual([
			['utm_source', 'newsletter'],
			['utm_campaign', 'b'],
		]);
	});

	test('a referrer from another site, or none that parses, counts for nothing', () => {
		expect(visitCampaign('', 'https://elsewhere.example/?utm_source=spoof', ORIGIN)).toEqual([]);
		expect(visitCampaign('', 'not a url', ORIGIN)).toEqual([]);
		expect(visitCampaign('', '', ORIGIN)).toEqual([]);
	});
});

describe('calculatorCompletion', () => {
	test('once, when the reader has answered and the result is on screen, in either order', () => {
		const first = calculatorCompletion();
		expect(first.seen(true)).toBe(false);
		expect(first.answered()).toBe(true);
		expect(first.answered()).toBe(false);
		expect(first.seen(true)).toBe(false);

		const second = calculatorCompletion();
		expect(second.answered()).toBe(false);
		expect(second.answered()).toBe(false);
		expect(second.seen(true)).toBe(true);
		expect(second.seen(true)).toBe(false);
	});

	test('a result scrolled out of view before the first answer waits for it to come back', () => {
		const completion = calculatorCompletion();
		expect(completion.seen(true)).toBe(false);
		expect(completion.seen(false)).toBe(false);
		expect(completion.answered()).toBe(false);
		expect(completion.seen(true)).toBe(true);
	});

	test("the calculator's parts are named by its islands' own elements", () => {
		expect(CALCULATOR).toEqual({ form: 'oip-risk-form', result: 'oip-risk-result [data-panel]' });
	});
});
