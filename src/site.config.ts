/**
 * The one file a marketing team edits: brand, contact details and the call-to-action copy.
 * Every page reads these values; nothing here is repeated elsewhere in the code.
 * Texts are given per locale (`en`, `bg`); the build fails if a locale is missing.
 */
import type { Locale } from '@/lib/i18n/locales';

type Localized = Record<Locale, string>;

/** The firm's e-mail address: the contact page's "write to us" link and the firm's details share this one value. Placeholder: any address at a `.example` domain fails `DEPLOY=1 npm run build`. */
const FIRM_EMAIL = 'consult@outsourcing-ip.example';

/** The firm behind the site: the About page, the footer and the `LegalService` JSON-LD read it. */
export interface Firm {
	/** The firm's name as it appears on its letterhead, per locale. */
	name: Localized;
	/** One or two sentences on what the firm does, shown on the About page and used as the JSON-LD description. */
	description: Localized;
	/** Practice areas listed on the About page, per locale. */
	practiceAreas: Record<Locale, readonly string[]>;
	/** Postal address of the firm's office. */
	address: {
		/** Street and number, per locale (the Bulgarian spelling may differ). */
		street: Localized;
		/** City or town, per locale. */
		locality: Localized;
		/** Postal code as written on letters. */
		postalCode: string;
		/** Country as an ISO 3166-1 alpha-2 code (`BG`); pages show its name in the reader's language. */
		country: string;
	};
	/** Telephone number in international format (`+359 …`); the About page links it with `tel:`. */
	telephone: string;
	/** E-mail address (the same value as `contact.email`). */
	email: string;
	/** Optional page where clients book a consultation (the same value as `contact.url`); leave `undefined` to offer e-mail only. */
	bookingUrl?: string | undefined;
	/** Languages the firm works in, as BCP 47 tags (`bg`, `en`); pages show their names in the reader's language. */
	languages: readonly string[];
	/** Places the firm serves, as JSON-LD `areaServed` (names of countries or regions, in English). */
	areaServed: readonly string[];
	/** The professional registration of the firm's lawyers and representatives (bar, patent office register), per locale. */
	registration: Localized;
	/** Path of the firm's logo in `public/` (an SVG or PNG), used in JSON-LD and on the About page. */
	logo: string;
	/**
	 * The lawyer who checks the guides' legal statements against the law: every guide names them beside the date its
	 * law was last checked. Placeholder: a name in square brackets fails `DEPLOY=1 npm run build`.
	 */
	reviewer: {
		/** Full name, per locale (the Bulgarian spelling in Cyrillic). */
		name: Localized;
		/** Professional title as readers should see it, per locale: "attorney at law, Sofia Bar" / "адвокат от Софийската адвокатска колегия". */
		title: Localized;
	};
}

export interface SiteConfig {
	/** Brand shown in the header, the `<title>` suffix, Open Graph `site_name` and the feeds. */
	brand: Localized;
	/** One-line promise shown under the brand on the home page and used as the default meta description. */
	tagline: Localized;
	/** Name in the footer's copyright line and the guides' JSON-LD `author` (the firm is their `publisher`). */
	publisher: string;
	/** The firm: name, practice areas, address, phone, e-mail, languages, registration and logo. */
	firm: Firm;
	contact: {
		/** Address the "write to us" button opens in the reader's mail client. */
		email: string;
		/** Optional booking or contact form page of the firm; utm_* parameters are carried over to it. Leave `undefined` to offer e-mail only. */
		url: string | undefined;
		/** Subject line prefilled in the e-mail. */
		emailSubject: Localized;
	};
	cta: {
		/** Heading of the call-to-action box at the end of every page. */
		heading: Localized;
		/** One or two sentences under the heading. */
		text: Localized;
		/** Label of the button that leads to the contact page. */
		button: Localized;
	};
}

/** Booking page shared by the contact page (`contact.url`) and the firm's details (`firm.bookingUrl`); `undefined` offers e-mail only. */
const BOOKING_URL: string | undefined = undefined;

export const siteConfig: SiteConfig = {
	brand: { en: 'Outsourcing IP Guide', bg: 'Аутсорсинг и интелектуална собственост' },
	tagline: {
		en: 'Keep your code, data and know-how yours when you outsource: plain-language guides, Bulgarian market figures and a private risk check.',
		bg: 'Запазете кода, данните и ноу-хауто си, когато възлагате работа навън: ясни ръководства, данни за българския пазар и поверителна проверка на риска.',
	},
	publisher: 'Outsourcing IP Guide',
	// Placeholders, every one: `DEPLOY=1 npm run build` fails until the real details replace them (see the README).
	firm: {
		name: { en: 'Example IP Law Firm', bg: 'Примерна адвокатска кантора' },
		description: {
			en: 'Placeholder description: replace it with one or two sentences on what the firm does for companies that outsource.',
			bg: 'Примерно описание: заменете го с едно-две изречения за това, с какво кантората помага на компаниите, които възлагат работа навън.',
		},
		practiceAreas: {
			en: ['Outsourcing and software development contracts', 'Copyright and rights of use', 'Trade secrets and confidentiality', 'Trademarks, patents and designs'],
			bg: ['Договори за аутсорсинг и разработка на софтуер', 'Авторско право и права за използване', 'Търговска тайна и поверителност', 'Марки, патенти и промишлени дизайни'],
		},
		address: {
			street: { en: '1 Example Street', bg: 'ул. „Примерна“ 1' },
			locality: { en: 'Sofia', bg: 'София' },
			postalCode: '0000',
			country: 'BG',
		},
		telephone: '+359 2 000 0000',
		email: FIRM_EMAIL,
		bookingUrl: BOOKING_URL,
		languages: ['bg', 'en'],
		areaServed: ['Bulgaria'],
		registration: {
			en: '[Placeholder: the bar and the register of industrial property representatives the firm’s lawyers belong to.]',
			bg: '[Примерен текст: адвокатската колегия и регистърът на представителите по индустриална собственост, в които са вписани адвокатите и представителите по индустриална собственост на кантората.]',
		},
		logo: '/firm-logo-placeholder.svg',
		reviewer: {
			name: { en: '[Name of the reviewing lawyer]', bg: '[Име на адвоката, проверил текстовете]' },
			title: { en: '[attorney at law, bar]', bg: '[адвокат, адвокатска колегия]' },
		},
	},
	contact: {
		email: FIRM_EMAIL,
		url: BOOKING_URL,
		emailSubject: {
			en: 'IP protection for an outsourcing project',
			bg: 'Защита на интелектуалната собственост при аутсорсинг',
		},
	},
	cta: {
		heading: { en: 'Outsourcing soon, or already?', bg: 'Предстои ви аутсорсинг или вече работите с изпълнител?' },
		text: {
			en: 'An IP attorney can review your NDA and the clauses on rights in the results and on rights of use before anything sensitive leaves your company.',
			bg: 'Адвокат или представител по индустриална собственост може да прегледа NDA и клаузите за правата върху резултатите и за отстъпване на права за използване, преди чувствителна информация да напусне компанията ви.',
		},
		button: { en: 'Talk to an IP attorney', bg: 'Свържете се с адвокат или представител по индустриална собственост' },
	},
};
