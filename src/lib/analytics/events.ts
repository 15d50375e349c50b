// The events a marketing team counts, and how each provider is told of one. The browser glue
// (src/components/analytics/analyticsEvents.ts) finds them on the page and hands them here; it runs only on a site
// whose configuration sets `analytics`.
import { pickUtmParams, type UtmKey } from '../cta/pickUtmParams';

/**
 * Where a reader asked to talk to the firm: the call-to-action box on every page, the calculator's result or the
 * builder's draft (each leads to the contact page), or the contact page's e-mail or booking link.
 */
export const CTA_ACTIONS = ['cta-box', 'calculator', 'builder', 'email', 'booking'] as const;
export type CtaAction = (typeof CTA_ACTIONS)[number];

/** How a contract builder draft left the page: downloaded as .docx, printed (or saved as PDF), copied as text or as a link. */
export const EXPORT_FORMATS = ['docx', 'pdf', 'text', 'link'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The campaign a visit came with: the site's own utm_* values (pickUtmParams), in the standard order. */
export type Campaign = ReadonlyArray<readonly [UtmKey, string]>;

/** An event the site counts. Nothing a reader typed or answered is part of one. */
export type AnalyticsEvent =
	| { name: 'CTA click'; cta: CtaAction; campaign: Campaign }
	| { name: 'Calculator completed' }
	| { name: 'Builder exported'; format: ExportFormat };

/** The event's properties as both providers take them: strings by name (`cta`, `utm_campaign`…, `format`). */
export function eventProps(event: AnalyticsEvent): Record<string, string> {
	switch (event.name) {
		case 'CTA click':
			return { cta: event.cta, ...Object.fromEntries(event.campaign) };
		case 'Builder exported':
			return { format: event.format };
		case 'Calculator completed':
			return {};
	}
}

/** What a page may hold once the provider's tracker has loaded: `window.plausible` or `window.umami`. */
export interface TrackerGlobals {
	plausible?: unknown;
	umami?: unknown;
}

/** What each provider's script defines. */
type Plausible = (name: string, options?: { props: Record<string, string> }) => void;
type Umami = { track: (name: string, data?: Record<string, string>) => unknown };

const isPlausible = (value: unknown): value is Plausible => typeof value === 'function';
const isUmami = (value: unknown): value is Umami =>
	typeof value === 'object' && value !== null && typeof (value as { track?: unknown }).track === 'function';

/**
 * Hands an event to the tracker the page loaded: `plausible(name, { props })` or `umami.track(name, data)`, properties
 * left out when there are none. Returns the provider told, or undefined when neither tracker is there (analytics off,
 * the script blocked or not loaded yet): then nothing happens.
 */
export function sendEvent(event: AnalyticsEvent, globals: TrackerGlobals): 'plausible' | 'umami' | undefined {
	const props = eventProps(event);
	const withProps = Object.keys(props).length > 0;
	if (isPlausible(globals.plausible)) {
		if (withProps) globals.plausible(event.name, { props });
		else globals.plausible(event.name);
		return 'plausible';
	}
	if (isUmami(globals.umami)) {
		if (withProps) globals.umami.track(event.name, props);
		else globals.umami.track(event.name);
		return 'umami';
	}
	return undefined;
}

/**
 * The elements whose click is an event, by the selectors their islands already use (no markup is added for analytics):
 * the CTA box's link (ContactCta.astro), the calculator's and the builder's links to the contact page (SharePanel.astro,
 * BuilderActions.astro), the contact page's links (ContactOptions.astro) and the builder's export buttons. tests/dist/analytics.test.ts checks that each selector finds its element.
 */
export const CTA_SELECTORS: Readonly<Record<CtaAction, string>> = {
	'cta-box': '.contact-cta [data-contact-link]',
	calculator: 'oip-risk-share [data-cta]',
	builder: 'oip-builder-actions [data-cta]',
	email: 'oip-contact-options [data-email-link]',
	booking: 'oip-contact-options [data-form-link]',
};
/** The builder's export buttons, one a format. */
export const EXPORT_SELECTORS: Readonly<Record<ExportFormat, string>> = {
	docx: 'oip-builder-actions [data-docx]',
	pdf: 'oip-builder-actions [data-print]',
	text: 'oip-builder-actions [data-copy-text]',
	link: 'oip-builder-actions [data-copy-link]',
};

/**
 * The event a click makes, if any: `within(selector)` says whether the clicked element is, or is inside, an element
 * the selector matches (`closest` in the browser). The campaign is read only for a CTA click.
 */
export function clickEvent(within: (selector: string) => boolean, campaign: () => Campaign): AnalyticsEvent | undefined {
	const cta = CTA_ACTIONS.find((action) => within(CTA_SELECTORS[action]));
	if (cta !== undefined) return { name: 'CTA click', cta, campaign: campaign() };
	const format = EXPORT_FORMATS.find((exported) => within(EXPORT_SELECTORS[exported]));
	return format === undefined ? undefined : { name: 'Builder exported', format };
}

/**
 * The visit's campaign, as the contact page reads it: the utm_* values of this page's address, or else of the page of
 * this site the reader came from (a referrer from elsewhere counts for nothing).
 */
export function visitCampaign(search: string, referrer: string, origin: string): Campaign {
	let from = '';
	try {
		const url = new URL(referrer);
		if (url.origin === origin) from = url.search;
	} catch {
		// No referrer, or none that parses (`URL.canParse` is too new for some browsers the site supports).
	}
	return pickUtmParams(search, from);
}

/** The calculator's parts the glue watches: the form the reader answers and the result panel. */
export const CALCULATOR = { form: 'oip-risk-form', result: 'oip-risk-result [data-panel]' } as const;

/**
 * "Calculator completed" is counted once a page view, when the reader has changed an answer and the result is on
 * screen (beside the form on a wide screen; on a phone, once they scroll to it). Each call reports one of the two and
 * returns true the one time both hold.
 */
export function calculatorCompletion(): { answered: () => boolean; seen: (visible: boolean) => boolean } {
	let answered = false;
	let visible = false;
	let done = false;
	const check = () => {
		if (done || !answered || !visible) return false;
		done = true;
		return true;
	};
	return {
		answered: () => {
			answered = true;
			return check();
		},
		seen: (isVisible) => {
			visible = isVisible;
			return check();
		},
	};
}
