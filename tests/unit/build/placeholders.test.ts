import { describe, expect, test, vi } from 'vitest';
import { findPlaceholders, formatPlaceholders } from '@/build/checks/placeholders';
import { checkPlaceholders } from '@/build/integrations/placeholderGuard';
import { siteConfig, type SiteConfig } from '@/site.config';
import { site as sampleSite, siteConfig as sampleFirm } from '../../fixtures/sample-firm/site.config';
import { site as unfinishedSite, siteConfig as unfinishedFirm } from '../../fixtures/unfinished-firm.config';

/** The project's public files. */
const PUBLIC = new URL('../../../public/', import.meta.url);
/** Every site path is a file in public/. */
const anyFile = () => true;

/** A finished firm (sample data): nothing in it may be reported. */
function realConfig(): Pick<SiteConfig, 'firm' | 'contact'> {
	return structuredClone({ firm: sampleFirm.firm, contact: sampleFirm.contact });
}
const REAL_SITE = sampleSite;

/** The value at a dotted field path (`firm.name.en`, `firm.practiceAreas.bg.1`). */
function valueAt(config: unknown, field: string): unknown {
	return field.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], config);
}

describe('findPlaceholders', () => {
	test('finds every kind of placeholder, naming field, value and file (an unfinished sample firm)', () => {
		const found = findPlaceholders(unfinishedSite, unfinishedFirm, anyFile);
		const { firm } = unfinishedFirm;
		const entry = (field: string, value: string, file = 'src/site.config.ts'): unknown => expect.objectContaining({ field, value, file });
		expect(found).toContainEqual(entry('site', unfinishedSite, 'astro.config.mjs'));
		expect(found).toContainEqual(entry('firm.email', firm.email));
		expect(found).toContainEqual(entry('firm.telephone', firm.telephone));
		expect(found).toContainEqual(entry('firm.name.en', firm.name.en));
		expect(found).toContainEqual(entry('firm.name.bg', firm.name.bg));
		expect(found).toContainEqual(entry('firm.address.street.en', firm.address.street.en));
		expect(found).toContainEqual(entry('firm.address.street.bg', firm.address.street.bg));
		expect(found).toContainEqual(entry('firm.address.postalCode', firm.address.postalCode));
		expect(found.map((p) => p.field)).toEqual(expect.arrayContaining(['firm.registration.en', 'firm.registration.bg', 'firm.logo', 'firm.description.en', 'firm.description.bg']));
		expect(found.map((p) => p.field)).toEqual(expect.arrayContaining(['firm.reviewer.name.en', 'firm.reviewer.name.bg', 'firm.reviewer.title.en', 'firm.reviewer.title.bg']));
		// contact.email is the same value as firm.email: reported once.
		expect(found.filter((p) => p.value === firm.email)).toHaveLength(1);
	});

	test('what it reports in the configuration the site builds with is that configuration, field for field', () => {
		for (const { field, value } of findPlaceholders(undefined, siteConfig, anyFile)) {
			if (field !== 'site') expect(valueAt(siteConfig, field), field).toBe(value);
		}
	});

	test('finds nothing once every value is real', () => {
		expect(findPlaceholders(REAL_SITE, realConfig(), anyFile)).toEqual([]);
	});

	test('any address or page at a .example domain counts, and a missing site too', () => {
		const config = realConfig();
		config.contact.email = 'hello@firm.example';
		config.firm.bookingUrl = 'https://book.example/x';
		expect(findPlaceholders(undefined, config, anyFile).map(({ field, value, file }) => ({ field, value, file }))).toEqual([
			{ field: 'site', value: '(not set)', file: 'astro.config.mjs' },
			{ field: 'contact.email', value: 'hello@firm.example', file: 'src/site.config.ts' },
			{ field: 'firm.bookingUrl', value: 'https://book.example/x', file: 'src/site.config.ts' },
		]);
	});

	test('a real number with zeros in it is not the placeholder phone', () => {
		const config = realConfig();
		config.firm.telephone = '+359 2 400 0001';
		expect(findPlaceholders('https://ip-firm.bg', config, anyFile)).toEqual([]);
		config.firm.telephone = '+44 20 0000 0000';
		expect(findPlaceholders('https://ip-firm.bg', config, anyFile).map((p) => p.field)).toEqual(['firm.telephone']);
	});

	test('the report names each field, its file and the reason on its own line', () => {
		expect(formatPlaceholders([{ field: 'firm.telephone', value: '+359 2 000 0000', file: 'src/site.config.ts', reason: 'placeholder text' }])).toBe(
			'  - src/site.config.ts: firm.telephone = "+359 2 000 0000" (placeholder text)',
		);
	});

	test.each([
		['https://example.com', 'a reserved example'],
		['https://www.example.org/', 'a reserved example'],
		['https://staging.firm.test', 'a reserved example'],
		['https://firm.invalid', 'a reserved example'],
		['http://localhost:4321', 'a reserved example'],
		['http://127.0.0.1:4321', 'a reserved example'],
		['http://ip-firm.bg', 'not https'],
	])('the origin %s is refused: %s…', (site, reason) => {
		const found = findPlaceholders(site, realConfig(), anyFile);
		expect(found).toEqual([{ field: 'site', value: site, file: 'astro.config.mjs', reason: expect.stringContaining(reason) as string }]);
	});

	test('a booking page or an address at a test or local domain, or on plain http, is refused', () => {
		const config = realConfig();
		config.contact.url = 'http://ip-firm.bg/booking/';
		config.firm.bookingUrl = 'https://booking.example.com/';
		config.firm.email = 'office@ip-firm.test';
		config.contact.email = 'office@localhost';
		expect(findPlaceholders('https://ip-firm.bg', config, anyFile).map((p) => `${p.field}: ${p.reason}`)).toEqual([
			'firm.email: a reserved example, test or local domain, never a live site',
			'contact.email: a reserved example, test or local domain, never a live site',
			'firm.bookingUrl: a reserved example, test or local domain, never a live site',
			'contact.url: not https: the site and its links are served over https (HSTS)',
		]);
	});

	test('a logo whose file is not in public/ is refused, naming the path', () => {
		const { logo } = realConfig().firm;
		const exists = vi.fn((path: string) => path !== logo);
		expect(findPlaceholders(REAL_SITE, realConfig(), exists)).toEqual([
			{ field: 'firm.logo', value: logo, file: 'src/site.config.ts', reason: 'no such file in public/ (the JSON-LD logo would lead nowhere)' },
		]);
		expect(exists).toHaveBeenCalledWith(logo);
	});

	test('TODO, TBD, FIXME and Lorem ipsum anywhere in the configuration are refused, field by field', () => {
		const config = { ...realConfig(), cta: structuredClone(sampleFirm.cta) };
		config.firm.description.en = 'TODO: describe the firm.';
		config.firm.practiceAreas = { ...config.firm.practiceAreas, bg: ['Авторско право', 'TBD'] };
		config.firm.address.locality.en = 'Lorem ipsum';
		config.cta.text.en = 'We will FIXME this.';
		expect(findPlaceholders('https://ip-firm.bg', config, anyFile).map((p) => `${p.field} = ${p.value} (${p.reason})`)).toEqual([
			'firm.description.en = TODO: describe the firm. (unfinished text (TODO, TBD, FIXME or Lorem ipsum))',
			'firm.practiceAreas.bg.1 = TBD (unfinished text (TODO, TBD, FIXME or Lorem ipsum))',
			'firm.address.locality.en = Lorem ipsum (unfinished text (TODO, TBD, FIXME or Lorem ipsum))',
			'cta.text.en = We will FIXME this. (unfinished text (TODO, TBD, FIXME or Lorem ipsum))',
		]);
		// Words that only contain the letters are fine.
		config.firm.description.en = 'Advice on outsourcing todos and methods.';
		expect(findPlaceholders('https://ip-firm.bg', { ...realConfig(), firm: { ...realConfig().firm, description: { en: 'Toddlers and TODOs', bg: 'Съвети.' } } }, anyFile)).toEqual([]);
	});
});

describe('checkPlaceholders (the integration hook)', () => {
	test('without DEPLOY it logs one warning listing the placeholders and does not throw', () => {
		const warn = vi.fn();
		checkPlaceholders(unfinishedSite, { warn }, { deploy: false, config: unfinishedFirm });
		expect(warn).toHaveBeenCalledTimes(1);
		const message = String(warn.mock.calls[0]?.[0]);
		expect(message).toContain(`astro.config.mjs: site = "${unfinishedSite}"`);
		expect(message).toContain(`src/site.config.ts: firm.telephone = "${unfinishedFirm.firm.telephone}"`);
	});

	test('with deploy it throws, naming every placeholder and its file', () => {
		const warn = vi.fn();
		const { firm } = unfinishedFirm;
		const fail = () => checkPlaceholders(unfinishedSite, { warn }, { deploy: true, config: unfinishedFirm });
		expect(fail).toThrow(/^DEPLOY=1/);
		for (const line of [`astro.config.mjs: site = "${unfinishedSite}"`, `firm.name.en = "${firm.name.en}"`, `firm.telephone = "${firm.telephone}"`, `firm.email = "${firm.email}"`]) {
			expect(fail).toThrow(line);
		}
		expect(warn).not.toHaveBeenCalled();
	});

	test('reads DEPLOY=1 from the environment when not told', () => {
		vi.stubEnv('DEPLOY', '1');
		try {
			expect(() => checkPlaceholders(unfinishedSite, { warn: vi.fn() }, { config: unfinishedFirm })).toThrow(/firm\.telephone/);
		} finally {
			vi.unstubAllEnvs();
		}
	});

	test('a configuration without placeholders passes silently, even when deploying', () => {
		const warn = vi.fn();
		const config = realConfig();
		// A file the project's public/ has.
		config.firm.logo = '/favicon.svg';
		checkPlaceholders(REAL_SITE, { warn }, { deploy: true, config, publicDir: PUBLIC });
		expect(warn).not.toHaveBeenCalled();
	});

	test('looks for the logo in the public folder it is given: a missing file stops a deployment', () => {
		const config = realConfig();
		config.firm.logo = '/no-such-logo.svg';
		expect(() => checkPlaceholders(REAL_SITE, { warn: vi.fn() }, { deploy: true, config, publicDir: PUBLIC })).toThrow(
			'src/site.config.ts: firm.logo = "/no-such-logo.svg" (no such file in public/',
		);
	});

	test('when SITE_CONFIG names the configuration, every line names that file, the origin’s too', () => {
		const warn = vi.fn();
		const configFile = 'tests/fixtures/unfinished-firm.config.ts';
		checkPlaceholders(unfinishedSite, { warn }, { deploy: false, config: unfinishedFirm, configFile });
		const lines = String(warn.mock.calls[0]?.[0]).split('\n').slice(1);
		expect(lines.length).toBeGreaterThan(5);
		for (const line of lines) expect(line).toMatch(new RegExp(`^ {2}- ${configFile.replace(/\./g, '\\.')}: `));
		expect(lines).toContain(`  - ${configFile}: site = "${unfinishedSite}" (a reserved example, test or local domain, never a live site)`);
	});
});
