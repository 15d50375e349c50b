// The firm as schema.org structured data: a `LegalService` with a stable `@id`, so the home page, the About page and
// every guide's `publisher` name the same entity.
import type { Locale } from '../i18n/locales';
import { localizePath } from '../i18n/localizePath';

export const SCHEMA_ORG = 'https://schema.org';

/** A JSON-LD node: an object with `@type` or `@id`. */
export type JsonLdNode = Record<string, unknown>;

/** What the structured data needs from the firm's configuration (`firm` in src/site.config.ts). */
export interface FirmFacts {
	/** The firm's name per locale. */
	name: Readonly<Record<Locale, string>>;
	/** What the firm does, per locale. */
	description: Readonly<Record<Locale, string>>;
	/** The office's postal address; `country` is an ISO 3166-1 alpha-2 code. */
	address: {
		street: Readonly<Record<Locale, string>>;
		locality: Readonly<Record<Locale, string>>;
		postalCode: string;
		country: string;
	};
	/** Telephone in international format. */
	telephone: string;
	/** E-mail address. */
	email: string;
	/** BCP 47 tags of the languages the firm works in. */
	languages: readonly string[];
	/** Places the firm serves. */
	areaServed: readonly string[];
	/** Root-relative path of the logo in `public/`. */
	logo: string;
}

/** The firm's `@id`: `<site>/#firm`, the same on every page and in every language. */
export function firmId(site: URL | string): string {
	return new URL('/#firm', site).href;
}

/** The firm as a `LegalService` node (no `@context`: put it in a page's document with `jsonLdDocument`). */
export function legalServiceNode(firm: FirmFacts, locale: Locale, site: URL | string): JsonLdNode {
	return {
		'@type': 'LegalService',
		'@id': firmId(site),
		name: firm.name[locale],
		description: firm.description[locale],
		url: new URL(localizePath('/', locale), site).href,
		email: firm.email,
		telephone: firm.telephone,
		address: {
			'@type': 'PostalAddress',
			streetAddress: firm.address.street[locale],
			addressLocality: firm.address.locality[locale],
			postalCode: firm.address.postalCode,
			addressCountry: firm.address.country,
		},
		areaServed: [...firm.areaServed],
		knowsLanguage: [...firm.languages],
		logo: new URL(firm.logo, site).href,
	};
}

/** A reference to the firm for another node's `publisher`: its `@id` alone (the full node is on the home and About pages). */
export function firmReference(site: URL | string): JsonLdNode {
	return { '@id': firmId(site) };
}

/** One JSON-LD document for a page: a single node with `@context`, or several in an `@graph`. */
export function jsonLdDocument(...nodes: readonly JsonLdNode[]): JsonLdNode {
	const [only] = nodes;
	if (nodes.length === 1 && only) return { '@context': SCHEMA_ORG, ...only };
	return { '@context': SCHEMA_ORG, '@graph': nodes };
}
