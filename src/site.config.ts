/**
 * The one file a marketing team edits: brand, contact details and the call-to-action copy.
 * Every page reads these values; nothing here is repeated elsewhere in the code.
 * Texts are given per locale (`en`, `bg`); the build fails if a locale is missing.
 */
import type { Locale } from '@/lib/i18n/locales';

type Localized = Record<Locale, string>;

export interface SiteConfig {
	/** Brand shown in the header, the `<title>` suffix, Open Graph `site_name` and the feeds. */
	brand: Localized;
	/** One-line promise shown under the brand on the home page and used as the default meta description. */
	tagline: Localized;
	/** Publisher named in JSON-LD and the footer. */
	publisher: string;
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

export const siteConfig = {
	brand: { en: 'Outsourcing IP Guide', bg: 'Аутсорсинг и интелектуална собственост' },
	tagline: {
		en: 'Keep your code, data and know-how yours when you outsource: plain-language guides, Bulgarian market figures and a private risk check.',
		bg: 'Запазете кода, данните и ноу-хауто си, когато възлагате работа навън: ясни ръководства, данни за българския пазар и поверителна проверка на риска.',
	},
	publisher: 'Outsourcing IP Guide',
	contact: {
		email: 'consult@outsourcing-ip.example',
		url: undefined,
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
} satisfies SiteConfig;
