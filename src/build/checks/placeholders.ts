// The placeholders the project ships with: the example origin, e-mail, phone, name, address, registration and logo.
// A deployment must replace every one; `DEPLOY=1 npm run build` fails while any remains (src/build/integrations/placeholderGuard.ts).
import type { SiteConfig } from '../../site.config.ts';

/** One placeholder value still in the configuration. */
export interface Placeholder {
	/** The setting, as written in its file (`firm.telephone`, `site`). */
	field: string;
	/** Its current value. */
	value: string;
	/** The file to edit. */
	file: 'src/site.config.ts' | 'astro.config.mjs';
}

const SITE_CONFIG = 'src/site.config.ts';

/** The documented placeholder phone number, `+359 2 000 0000`: any number whose digits end in six or more zeros. */
const PLACEHOLDER_PHONE = /0{6,}$/;
/** A host under the reserved `.example` top-level domain (RFC 2606), which never resolves. */
const EXAMPLE_HOST = /(^|\.)example\.?$/i;
/** Words that mark a placeholder name or street: "Example …", "Примерна …". */
const EXAMPLE_WORD = /\bexample\b|примерн/iu;
/** Placeholder prose is written in square brackets: `[Placeholder: …]`. */
const BRACKETED = /^\s*\[.*\]\s*$/su;

function hostOf(value: string): string | undefined {
	try {
		return new URL(value).hostname;
	} catch {
		return undefined;
	}
}

const isExampleEmail = (email: string) => EXAMPLE_HOST.test(email.split('@').pop() ?? '');
const isExampleUrl = (url: string) => EXAMPLE_HOST.test(hostOf(url) ?? '');

/**
 * Every placeholder left in the site's origin (`site` in astro.config.mjs) and in src/site.config.ts, each named by
 * field and file. An empty list means the site is ready to deploy.
 */
export function findPlaceholders(site: string | URL | undefined, config: Pick<SiteConfig, 'firm' | 'contact'>): Placeholder[] {
	const found: Placeholder[] = [];
	const add = (field: string, value: string, file: Placeholder['file'] = SITE_CONFIG) => found.push({ field, value, file });

	const origin = site === undefined ? '' : String(site);
	if (origin === '') add('site', '(not set)', 'astro.config.mjs');
	else if (isExampleUrl(origin)) add('site', origin, 'astro.config.mjs');

	const { firm, contact } = config;
	const localized = (field: string, values: Record<string, string>, test: (value: string) => boolean) => {
		for (const [locale, value] of Object.entries(values)) if (test(value)) add(`${field}.${locale}`, value);
	};
	localized('firm.name', firm.name, (v) => EXAMPLE_WORD.test(v));
	localized('firm.description', firm.description, (v) => /^\s*(placeholder|примерно)(?!\p{L})/iu.test(v) || BRACKETED.test(v));
	localized('firm.address.street', firm.address.street, (v) => EXAMPLE_WORD.test(v));
	if (/^0+$/.test(firm.address.postalCode)) add('firm.address.postalCode', firm.address.postalCode);
	if (PLACEHOLDER_PHONE.test(firm.telephone.replace(/\D/g, ''))) add('firm.telephone', firm.telephone);
	if (isExampleEmail(firm.email)) add('firm.email', firm.email);
	if (contact.email !== firm.email && isExampleEmail(contact.email)) add('contact.email', contact.email);
	if (firm.bookingUrl !== undefined && isExampleUrl(firm.bookingUrl)) add('firm.bookingUrl', firm.bookingUrl);
	if (contact.url !== undefined && contact.url !== firm.bookingUrl && isExampleUrl(contact.url)) add('contact.url', contact.url);
	localized('firm.registration', firm.registration, (v) => BRACKETED.test(v));
	if (/placeholder/i.test(firm.logo)) add('firm.logo', firm.logo);
	localized('firm.reviewer.name', firm.reviewer.name, (v) => BRACKETED.test(v) || EXAMPLE_WORD.test(v));
	localized('firm.reviewer.title', firm.reviewer.title, (v) => BRACKETED.test(v));
	return found;
}

/** The placeholders as a report: one line each, naming field, value and file. */
export function formatPlaceholders(placeholders: readonly Placeholder[]): string {
	return placeholders.map((p) => `  - ${p.file}: ${p.field} = ${JSON.stringify(p.value)}`).join('\n');
}
