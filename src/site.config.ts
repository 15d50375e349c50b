/**
 * The one file a marketing team edits: brand, contact details and the call-to-action copy.
 * Every page reads these values; nothing here is repeated elsewhere in the code.
 * Texts are given per locale (`en`, `bg`). Every field is described in src/schemas/siteConfig.ts, and every build
 * fails, naming the field, when one does not fit.
 */
import type { SiteConfig } from './schemas/siteConfig';

export type { Firm, SiteConfig } from './schemas/siteConfig';

/** The firm's e-mail address: the contact page's "write to us" link and the firm's details share this one value. Placeholder: any address at a `.example` domain fails `DEPLOY=1 npm run build`. */
const FIRM_EMAIL = 'consult@outsourcing-ip.example';

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
