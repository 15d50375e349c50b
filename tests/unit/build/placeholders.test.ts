import { describe, expect, test, vi } from 'vitest';
import { findPlaceholders, formatPlaceholders } from '@/build/checks/placeholders';
import { checkPlaceholders } from '@/build/integrations/placeholderGuard';
import { siteConfig, type SiteConfig } from '@/site.config';

/** The shipped configuration with every placeholder replaced by a plausible real value. */
function realConfig(): Pick<SiteConfig, 'firm' | 'contact'> {
	const { firm, contact } = structuredClone({ firm: siteConfig.firm, contact: siteConfig.contact });
	const email = 'office@ip-firm.bg';
	return {
		contact: { ...contact, email, url: 'https://ip-firm.bg/booking/' },
		firm: {
			...firm,
			name: { en: 'Ivanova & Partners', bg: 'Иванова и партньори' },
			description: { en: 'Advice on intellectual property in outsourcing.', bg: 'Съвети за интелектуалната собственост при аутсорсинг.' },
			address: { ...firm.address, street: { en: '12 Vitosha Blvd', bg: 'бул. „Витоша“ 12' }, postalCode: '1000' },
			telephone: '+359 2 987 6543',
			email,
			bookingUrl: 'https://ip-firm.bg/booking/',
			registration: { en: 'Members of the Sofia Bar.', bg: 'Вписани в Софийската адвокатска колегия.' },
			logo: '/logo.svg',
			reviewer: { name: { en: 'Maria Ivanova', bg: 'Мария Иванова' }, title: { en: 'attorney at law, Sofia Bar', bg: 'адвокат от Софийската адвокатска колегия' } },
		},
	};
}

describe('findPlaceholders', () => {
	test('finds every placeholder the project ships with, naming field, value and file', () => {
		const found = findPlaceholders('https://outsourcing-ip.example', siteConfig);
		expect(found).toContainEqual({ field: 'site', value: 'https://outsourcing-ip.example', file: 'astro.config.mjs' });
		expect(found).toContainEqual({ field: 'firm.email', value: 'consult@outsourcing-ip.example', file: 'src/site.config.ts' });
		expect(found).toContainEqual({ field: 'firm.telephone', value: '+359 2 000 0000', file: 'src/site.config.ts' });
		expect(found).toContainEqual({ field: 'firm.name.en', value: 'Example IP Law Firm', file: 'src/site.config.ts' });
		expect(found).toContainEqual({ field: 'firm.name.bg', value: 'Примерна адвокатска кантора', file: 'src/site.config.ts' });
		expect(found).toContainEqual({ field: 'firm.address.street.en', value: '1 Example Street', file: 'src/site.config.ts' });
		expect(found).toContainEqual({ field: 'firm.address.postalCode', value: '0000', file: 'src/site.config.ts' });
		expect(found.map((p) => p.field)).toEqual(expect.arrayContaining(['firm.registration.en', 'firm.registration.bg', 'firm.logo', 'firm.description.en', 'firm.description.bg']));
		expect(found.map((p) => p.field)).toEqual(expect.arrayContaining(['firm.reviewer.name.en', 'firm.reviewer.name.bg', 'firm.reviewer.title.en', 'firm.reviewer.title.bg']));
		// contact.email is the same constant as firm.email: reported once.
		expect(found.filter((p) => p.value === siteConfig.firm.email)).toHaveLength(1);
	});

	test('finds nothing once every value is real', () => {
		expect(findPlaceholders('https://ip-firm.bg', realConfig())).toEqual([]);
	});

	test('any address or page at a .example domain counts, and a missing site too', () => {
		const config = realConfig();
		config.contact.email = 'hello@firm.example';
		config.firm.bookingUrl = 'https://book.example/x';
		expect(findPlaceholders(undefined, config)).toEqual([
			{ field: 'site', value: '(not set)', file: 'astro.config.mjs' },
			{ field: 'contact.email', value: 'hello@firm.example', file: 'src/site.config.ts' },
			{ field: 'firm.bookingUrl', value: 'https://book.example/x', file: 'src/site.config.ts' },
		]);
	});

	test('a real number with zeros in it is not the placeholder phone', () => {
		const config = realConfig();
		config.firm.telephone = '+359 2 400 0001';
		expect(findPlaceholders('https://ip-firm.bg', config)).toEqual([]);
		config.firm.telephone = '+44 20 0000 0000';
		expect(findPlaceholders('https://ip-firm.bg', config).map((p) => p.field)).toEqual(['firm.telephone']);
	});

	test('the report names each field and its file on its own line', () => {
		expect(formatPlaceholders([{ field: 'firm.telephone', value: '+359 2 000 0000', file: 'src/site.config.ts' }])).toBe(
			'  - src/site.config.ts: firm.telephone = "+359 2 000 0000"',
		);
	});
});

describe('checkPlaceholders (the integration hook)', () => {
	test('without DEPLOY it logs one warning listing the placeholders and does not throw', () => {
		const warn = vi.fn();
		checkPlaceholders('https://outsourcing-ip.example', { warn }, { deploy: false });
		expect(warn).toHaveBeenCalledTimes(1);
		const message = String(warn.mock.calls[0]?.[0]);
		expect(message).toContain('astro.config.mjs: site = "https://outsourcing-ip.example"');
		expect(message).toContain('src/site.config.ts: firm.telephone = "+359 2 000 0000"');
	});

	test('with deploy it throws, naming every placeholder and its file', () => {
		const warn = vi.fn();
		expect(() => checkPlaceholders('https://outsourcing-ip.example', { warn }, { deploy: true })).toThrow(
			/DEPLOY=1[\s\S]*astro\.config\.mjs: site[\s\S]*src\/site\.config\.ts: firm\.name\.en = "Example IP Law Firm"[\s\S]*firm\.telephone[\s\S]*firm\.email = "consult@outsourcing-ip\.example"/,
		);
		expect(warn).not.toHaveBeenCalled();
	});

	test('reads DEPLOY=1 from the environment when not told', () => {
		vi.stubEnv('DEPLOY', '1');
		try {
			expect(() => checkPlaceholders('https://outsourcing-ip.example', { warn: vi.fn() })).toThrow(/firm\.telephone/);
		} finally {
			vi.unstubAllEnvs();
		}
	});

	test('a configuration without placeholders passes silently, even when deploying', () => {
		const warn = vi.fn();
		checkPlaceholders('https://ip-firm.bg', { warn }, { deploy: true, config: realConfig() });
		expect(warn).not.toHaveBeenCalled();
	});
});
