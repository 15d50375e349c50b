// The shape of src/site.config.ts, the one file a marketing team edits: checked before every build
// (src/build/integrations/siteConfigSource.ts), which fails naming each field that does not fit.
import { z } from 'astro/zod';
import { isFormEndpoint, isFormField } from '../lib/contactForm/contactForm.ts';
import { FONT_IDS } from '../lib/look/fonts.ts';
import { toHex } from '../lib/look/palette.ts';
import { localized } from './localized.ts';

/** A list per locale (the lists may differ in length: practice areas are written for each language's readers). */
const localizedLists = z.strictObject({
	/** English items. */
	en: z.array(z.string().trim().min(1)).readonly(),
	/** Bulgarian items. */
	bg: z.array(z.string().trim().min(1)).readonly(),
});

/** An absolute http(s) address. */
const webAddress = z.url({ protocol: /^https?$/, error: 'an absolute https:// address' });

/** A colour CSS knows (`#7a1f2b`, `rgb(122 31 43)`, `rebeccapurple`). */
const color = z.string().refine((value) => toHex(value) !== undefined, { error: 'a CSS colour, such as #7a1f2b' });

/** The brand colours of one theme. */
const brandColors = z.strictObject({
	/** Links, buttons, the header's links and search button, the calculator's choices, tinted boxes: at least 4.5:1 against the page, the header and the tinted boxes. */
	primary: color,
	/** The statistics chart's bars: at least 3:1 against the page. */
	accent: color,
});

/** The providers' own cloud services: a third party, not the firm's own analytics host. */
const PROVIDER_CLOUDS = /(^|\.)(plausible\.io|umami\.is)$/;

/** The address of a self-hosted analytics script: https, on the firm's own analytics host, no user name or password. */
const analyticsScript = z
	.url({ protocol: /^https$/, error: 'an absolute https:// address of the script on your analytics server' })
	.refine((value) => !URL.canParse(value) || (new URL(value).username === '' && new URL(value).password === ''), {
		error: 'an address without a user name or password',
	})
	.refine((value) => !URL.canParse(value) || !PROVIDER_CLOUDS.test(new URL(value).hostname), {
		error: 'the script on your own analytics server: the provider’s cloud (plausible.io, umami.is) would be a third party',
	});

/**
 * Cookieless analytics on the firm's own server, off when left out. The script loads deferred on every page, its
 * origin (and only that) joins the CSP's script-src and connect-src, and the footer and the About page say what is
 * counted (src/lib/analytics/). Left out, pages stay byte for byte the same.
 */
const analytics = z.discriminatedUnion(
	'provider',
	[
		z.strictObject({
			/** Plausible Analytics (Community Edition, self-hosted). */
			provider: z.literal('plausible'),
			/** The tracker on the firm's Plausible server: `https://stats.example-firm.bg/js/script.js`. */
			script: analyticsScript,
			/** The site's domain as registered in Plausible (`data-domain`): `guide.example-firm.bg`. */
			domain: z.string().regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, { error: 'a domain name as Plausible lists the site, such as guide.example-firm.bg' }),
		}),
		z.strictObject({
			/** Umami (self-hosted). */
			provider: z.literal('umami'),
			/** The tracker on the firm's Umami server: `https://stats.example-firm.bg/script.js`. */
			script: analyticsScript,
			/** The website's id in Umami (`data-website-id`), a UUID. */
			websiteId: z.uuid({ error: 'the website id Umami shows, a UUID such as 94db1cb1-74f4-4a40-ad6c-962362670409' }),
		}),
	],
	{ error: "'plausible' or 'umami'" },
);

/** The firm behind the site: the About page, the footer and the `LegalService` JSON-LD read it. */
export const firmSchema = z.strictObject({
	/** The firm's name as it appears on its letterhead, per locale. */
	name: localized,
	/** One or two sentences on what the firm does, shown on the About page and used as the JSON-LD description. */
	description: localized,
	/** Practice areas listed on the About page, per locale. */
	practiceAreas: localizedLists,
	/** Postal address of the firm's office. */
	address: z.strictObject({
		/** Street and number, per locale (the Bulgarian spelling may differ). */
		street: localized,
		/** City or town, per locale. */
		locality: localized,
		/** Postal code as written on letters. */
		postalCode: z.string().trim().min(1),
		/** Country as an ISO 3166-1 alpha-2 code (`BG`); pages show its name in the reader's language. */
		country: z.string().regex(/^[A-Z]{2}$/, { error: 'an ISO 3166-1 alpha-2 code, such as BG' }),
	}),
	/** Telephone number in international format (`+359 …`); the About page links it with `tel:`. */
	telephone: z.string().regex(/^\+[\d\s()-]{6,}$/, { error: 'an international number starting with +' }),
	/** E-mail address (the same value as `contact.email`). */
	email: z.email(),
	/** Optional page where clients book a consultation (the same value as `contact.url`); leave `undefined` to offer e-mail only. */
	bookingUrl: webAddress.optional(),
	/** Languages the firm works in, as BCP 47 tags (`bg`, `en`); pages show their names in the reader's language. */
	languages: z.array(z.string().min(2)).min(1).readonly(),
	/** Places the firm serves, as JSON-LD `areaServed` (names of countries or regions, in English). */
	areaServed: z.array(z.string().min(1)).min(1).readonly(),
	/** The professional registration of the firm's lawyers and representatives (bar, patent office register), per locale. */
	registration: localized,
	/** Path of the firm's logo in `public/` (an SVG or PNG), used in JSON-LD and on the About page. */
	logo: z.string().startsWith('/', { error: 'a path in public/, starting with /' }),
	/**
	 * The lawyer who checks the guides' legal statements against the law: every guide names them beside the date its
	 * law was last checked. Placeholder: a name in square brackets fails `DEPLOY=1 npm run build`.
	 */
	reviewer: z.strictObject({
		/** Full name, per locale (the Bulgarian spelling in Cyrillic). */
		name: localized,
		/** Professional title as readers should see it, per locale: "attorney at law, Sofia Bar" / "адвокат от Софийската адвокатска колегия". */
		title: localized,
	}),
});

export const siteConfigSchema = z.strictObject({
	/** Brand shown in the header, the `<title>` suffix, Open Graph `site_name` and the feeds. */
	brand: localized,
	/** One-line promise shown under the brand on the home page and used as the default meta description. */
	tagline: localized,
	/** Name in the footer's copyright line and the guides' JSON-LD `author` (the firm is their `publisher`). */
	publisher: z.string().trim().min(1),
	/** The firm: name, practice areas, address, phone, e-mail, languages, registration and logo. */
	firm: firmSchema,
	/** The firm's look. Left out, the site keeps its own blue and its shield mark. */
	look: z
		.strictObject({
			/**
			 * Brand colours for the light and the dark theme, in place of the site's blue; the button text and the soft tint
			 * are derived from them. Every build fails, naming the pair and its ratio, when one misses WCAG AA contrast
			 * against the background it is painted on (src/lib/look/palette.ts, CONTRAST_RULES).
			 */
			colors: z.strictObject({ /** On the light background. */ light: brandColors, /** On the dark background. */ dark: brandColors }).optional(),
			/**
			 * The logo in the header (32 px tall, in its own proportions) and on the social cards: an SVG file in `public/`
			 * with its text as outlines, readable on both themes' backgrounds. Left out, the site's shield mark.
			 */
			logo: z.string().regex(/^\/[^?#]+\.svg$/, { error: 'a path of an SVG file in public/, such as /logo.svg' }).optional(),
			/**
			 * The typeface of every page and the social cards, self-hosted with Latin and Cyrillic (src/lib/look/fonts.ts):
			 * `noto-sans`, `ibm-plex-sans`, `source-sans-3`, `pt-sans` or `inter`. Left out, the reader's own system font
			 * and no download. README "Make it yours" lists each one's cost.
			 */
			font: z.enum(FONT_IDS, { error: `one of ${FONT_IDS.join(', ')}` }).optional(),
		})
		.optional(),
	/** Optional cookieless analytics on the firm's own Plausible or Umami server; left out (the default), none. */
	analytics: analytics.optional(),
	contact: z.strictObject({
		/** Address the "write to us" button opens in the reader's mail client. */
		email: z.email(),
		/** Optional booking or contact form page of the firm; utm_* parameters are carried over to it. Leave `undefined` to offer e-mail only. */
		url: webAddress.optional(),
		/** Subject line prefilled in the e-mail. */
		emailSubject: localized,
	}),
	/**
	 * Optional: a form on the contact page that sends the reader's name, e-mail address and message to the firm, for
	 * readers without a mail program. Left out, the page offers e-mail only (and its CSP stays the site's own).
	 */
	contactForm: z
		.strictObject({
			/**
			 * Where the form posts (`application/x-www-form-urlencoded`: `name`, `email`, `message`, the campaign's `utm_*`
			 * values and the empty honeypot): the https:// address of the form service the firm uses
			 * (`https://formspree.io/f/abcdwxyz`), or a path on this site its host answers (`/api/contact`). The contact
			 * page's CSP names exactly this address in `form-action` and `connect-src` (a path needs nothing: 'self' allows
			 * it). The service must answer a script's post with a 2xx status and CORS headers allowing this site's origin
			 * (form services do).
			 */
			endpoint: z.string().refine(isFormEndpoint, { error: 'an absolute https:// address, or a path on this site starting with /' }),
			/** Name of the hidden field that must stay empty (bots fill it in): the one the service drops as spam. Default `_gotcha`. */
			honeypot: z
				.string()
				.regex(/^[A-Za-z_][\w-]*$/, { error: 'a field name of letters, digits, _ and -' })
				.refine((name) => !isFormField(name), { error: 'a name of its own, not name, email, message or a utm_* field' })
				.optional(),
		})
		.optional(),
	cta: z.strictObject({
		/** Heading of the call-to-action box at the end of every page. */
		heading: localized,
		/** One or two sentences under the heading. */
		text: localized,
		/** Label of the button that leads to the contact page. */
		button: localized,
	}),
});

/** The configuration as src/site.config.ts writes it. */
export type SiteConfig = z.input<typeof siteConfigSchema>;
export type Firm = SiteConfig['firm'];
/** The analytics block of the configuration, when set. */
export type AnalyticsConfig = NonNullable<SiteConfig['analytics']>;
