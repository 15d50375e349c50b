// The placeholders the project ships with, and what else must never reach a live site: the example origin, e-mail,
// phone, name, address, registration and logo; a reserved or plain-http origin; TODO, TBD or Lorem ipsum text; a logo
// whose file is missing. `DEPLOY=1 npm run build` fails while any remains (src/build/integrations/placeholderGuard.ts).
import type { SiteConfig } from '../../site.config.ts';

/** One value in the configuration that cannot go live. */
export interface Placeholder {
	/** The setting, as written in its file (`firm.telephone`, `site`). */
	field: string;
	/** Its current value. */
	value: string;
	/** The file to edit: src/site.config.ts or astro.config.mjs, or the file SITE_CONFIG names when one is used. */
	file: string;
	/** Why it cannot go live, in a few words. */
	reason: string;
}

const SITE_CONFIG = 'src/site.config.ts';

/** The documented placeholder phone number, `+359 2 000 0000`: any number whose digits end in six or more zeros. */
const PLACEHOLDER_PHONE = /0{6,}$/;
/**
 * Hosts that never serve a real site: the reserved top-level domains `.example`, `.test`, `.invalid` and `.localhost`
 * (RFC 2606, RFC 6761), example.com/.net/.org, and this machine (`localhost`, 127.x.x.x, `[::1]`).
 */
const RESERVED_HOST = /(^|\.)(example|test|invalid|localhost)\.?$|(^|\.)example\.(com|net|org)\.?$|^127\.|^\[::1\]$/i;
/** Words that mark a placeholder name or street: "Example …", "Примерна …". */
const EXAMPLE_WORD = /\bexample\b|примерн/iu;
/** Placeholder prose is written in square brackets: `[Placeholder: …]`. */
const BRACKETED = /^\s*\[.*\]\s*$/su;
/** Text left to write later. */
const UNFINISHED = /\b(TODO|TBD|FIXME)\b|lorem ipsum/i;

const REASON = {
	example: 'placeholder text',
	host: 'a reserved example, test or local domain, never a live site',
	http: 'not https: the site and its links are served over https (HSTS)',
	unfinished: 'unfinished text (TODO, TBD, FIXME or Lorem ipsum)',
} as const;

function urlOf(value: string): URL | undefined {
	try {
		return new URL(value);
	} catch {
		return undefined;
	}
}

/** Why an address of a page (the origin, a booking page) cannot go live, or undefined when it can. */
function webAddressProblem(value: string): string | undefined {
	const url = urlOf(value);
	if (!url) return 'not an absolute https:// address';
	if (RESERVED_HOST.test(url.hostname)) return REASON.host;
	if (url.protocol !== 'https:') return REASON.http;
	return undefined;
}

/** Whether a host name never serves a real site (a reserved example, test or local domain). */
export const isReservedHost = (hostname: string): boolean => RESERVED_HOST.test(hostname);

const isReservedEmail = (email: string) => isReservedHost(email.split('@').pop() ?? '');

/** Every string in a configuration value with its field path (`firm.practiceAreas.en.2`). */
function strings(value: unknown, path: string): Array<[string, string]> {
	if (typeof value === 'string') return [[path, value]];
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, inner]) => strings(inner, path ? `${path}.${key}` : key));
}

/**
 * Every value that cannot go live, from the site's origin (`site` in astro.config.mjs) and src/site.config.ts, each
 * named by field, file and reason. `publicFileExists` says whether a site path (`/logo.svg`) is a file in `public/`.
 * An empty list means the site is ready to deploy.
 */
export function findPlaceholders(
	site: string | URL | undefined,
	config: Pick<SiteConfig, 'firm' | 'contact'> & Partial<SiteConfig>,
	publicFileExists: (sitePath: string) => boolean,
): Placeholder[] {
	const found: Placeholder[] = [];
	const add = (field: string, value: string, reason: string, file: Placeholder['file'] = SITE_CONFIG) => {
		if (!found.some((p) => p.field === field)) found.push({ field, value, file, reason });
	};

	const origin = site === undefined ? '' : String(site);
	if (origin === '') add('site', '(not set)', 'the real origin is needed for canonical links, the sitemap and feeds', 'astro.config.mjs');
	else {
		const problem = webAddressProblem(origin);
		if (problem) add('site', origin, problem, 'astro.config.mjs');
	}

	const { firm, contact } = config;
	const localized = (field: string, values: Record<string, string>, test: (value: string) => boolean) => {
		for (const [locale, value] of Object.entries(values)) if (test(value)) add(`${field}.${locale}`, value, REASON.example);
	};
	localized('firm.name', firm.name, (v) => EXAMPLE_WORD.test(v));
	localized('firm.description', firm.description, (v) => /^\s*(placeholder|примерно)(?!\p{L})/iu.test(v) || BRACKETED.test(v));
	localized('firm.address.street', firm.address.street, (v) => EXAMPLE_WORD.test(v));
	if (/^0+$/.test(firm.address.postalCode)) add('firm.address.postalCode', firm.address.postalCode, 'the placeholder postal code (all zeros)');
	if (PLACEHOLDER_PHONE.test(firm.telephone.replace(/\D/g, ''))) add('firm.telephone', firm.telephone, 'the placeholder number (ends in six zeros)');
	if (isReservedEmail(firm.email)) add('firm.email', firm.email, REASON.host);
	if (isReservedEmail(contact.email)) add(contact.email === firm.email ? 'firm.email' : 'contact.email', contact.email, REASON.host);
	for (const [field, url] of [
		['firm.bookingUrl', firm.bookingUrl],
		['contact.url', contact.url],
	] as const) {
		// The same constant in both fields is reported once, as firm.bookingUrl.
		const problem = url === undefined ? undefined : webAddressProblem(url);
		if (url !== undefined && problem) add(field === 'contact.url' && url === firm.bookingUrl ? 'firm.bookingUrl' : field, url, problem);
	}
	localized('firm.registration', firm.registration, (v) => BRACKETED.test(v));
	if (/placeholder/i.test(firm.logo)) add('firm.logo', firm.logo, 'the placeholder logo');
	else if (!publicFileExists(firm.logo)) add('firm.logo', firm.logo, `no such file in public/ (the JSON-LD logo would lead nowhere)`);
	localized('firm.reviewer.name', firm.reviewer.name, (v) => BRACKETED.test(v) || EXAMPLE_WORD.test(v));
	localized('firm.reviewer.title', firm.reviewer.title, (v) => BRACKETED.test(v));
	for (const [field, value] of strings(config, '')) if (UNFINISHED.test(value)) add(field, value, REASON.unfinished);
	return found;
}

/** The placeholders as a report: one line each, naming file, field, value and reason. */
export function formatPlaceholders(placeholders: readonly Placeholder[]): string {
	return placeholders.map((p) => `  - ${p.file}: ${p.field} = ${JSON.stringify(p.value)} (${p.reason})`).join('\n');
}
