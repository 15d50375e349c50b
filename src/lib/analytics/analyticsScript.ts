import type { AnalyticsConfig } from '../../schemas/siteConfig';

/** The provider's tracker as the page loads it: `<script defer src={src} {...attributes}>`, and the one origin it talks to. */
export interface AnalyticsScript {
	/** The tracker's address on the firm's analytics server. */
	src: string;
	/** Its origin: the only source the CSP adds, to script-src (the tracker) and connect-src (the events it sends). */
	origin: string;
	/** The attributes the provider reads from its script tag. */
	attributes: Readonly<Record<string, string>>;
}

/**
 * The tracker of the configured provider. Both send their page views and events to the origin they were loaded from
 * (Plausible to `/api/event`, Umami to `/api/send`), so that origin is all the page needs to allow.
 */
export function analyticsScript(config: AnalyticsConfig): AnalyticsScript {
	const { origin } = new URL(config.script);
	const attributes = config.provider === 'plausible' ? { 'data-domain': config.domain } : { 'data-website-id': config.websiteId };
	return { src: config.script, origin, attributes };
}

/** The provider's name as the privacy texts show it. */
export const PROVIDER_NAME: Readonly<Record<AnalyticsConfig['provider'], string>> = { plausible: 'Plausible', umami: 'Umami' };

/** The part of Astro's CSP API (`Astro.csp`) that allowAnalytics uses. */
export interface CspInserts {
	insertScriptResource(resource: string): void;
	insertDirective(directive: `connect-src ${string}`): void;
}

/**
 * Allows the tracker's origin, and nothing else, in a page's policy: script-src (the tracker) and connect-src (the
 * events it sends). Setting a script source replaces Astro's default 'self', so 'self' is named again (as the search
 * page does); Astro merges the connect-src directive with astro.config.mjs's `connect-src 'self'`.
 */
export function allowAnalytics(csp: CspInserts, config: AnalyticsConfig): void {
	const { origin } = analyticsScript(config);
	csp.insertScriptResource("'self'");
	csp.insertScriptResource(origin);
	csp.insertDirective(`connect-src ${origin}`);
}
