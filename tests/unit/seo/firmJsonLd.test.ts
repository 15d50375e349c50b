import { expect, test } from 'vitest';
import { firmId, firmReference, jsonLdDocument, legalServiceNode } from '@/lib/seo/firmJsonLd';
import { siteConfig } from '@/site.config';

/** Any origin: the functions take it as an argument. */
const SITE = new URL('https://outsourcing-ip.example');
const { firm } = siteConfig;

test('the firm has one @id on every page: <site>/#firm', () => {
	expect(firmId(SITE)).toBe('https://outsourcing-ip.example/#firm');
	expect(firmId('https://ip-firm.bg/some/page/')).toBe('https://ip-firm.bg/#firm');
});

test('the LegalService node carries the configured name, contact details, address and logo', () => {
	const node = legalServiceNode(firm, 'en', SITE);
	expect(node).toEqual({
		'@type': 'LegalService',
		'@id': 'https://outsourcing-ip.example/#firm',
		name: firm.name.en,
		description: firm.description.en,
		url: 'https://outsourcing-ip.example/',
		email: firm.email,
		telephone: firm.telephone,
		address: {
			'@type': 'PostalAddress',
			streetAddress: firm.address.street.en,
			addressLocality: firm.address.locality.en,
			postalCode: firm.address.postalCode,
			addressCountry: firm.address.country,
		},
		areaServed: firm.areaServed,
		knowsLanguage: firm.languages,
		logo: new URL(firm.logo, SITE).href,
	});
	// The e-mail is the contact page's too: one value.
	expect(node['email']).toBe(siteConfig.contact.email);
});

test('in Bulgarian the node names the firm, its street and its town in Bulgarian and links the Bulgarian home page', () => {
	const node = legalServiceNode(firm, 'bg', SITE);
	expect(node['name']).toBe(firm.name.bg);
	expect(node['url']).toBe('https://outsourcing-ip.example/bg/');
	expect(node['address']).toMatchObject({ streetAddress: firm.address.street.bg, addressLocality: firm.address.locality.bg });
	expect(node['knowsLanguage']).toEqual(firm.languages);
	expect(node['@id']).toBe(legalServiceNode(firm, 'en', SITE)['@id']);
});

test('a publisher reference is the same @id as the LegalService node, nothing more (guides stay within their byte budget)', () => {
	expect(firmReference(SITE)).toEqual({ '@id': 'https://outsourcing-ip.example/#firm' });
	expect(firmReference(SITE)['@id']).toBe(legalServiceNode(firm, 'bg', SITE)['@id']);
});

test('a page document puts one node beside @context, several in an @graph', () => {
	expect(jsonLdDocument({ '@type': 'Thing' })).toEqual({ '@context': 'https://schema.org', '@type': 'Thing' });
	expect(jsonLdDocument({ '@type': 'A' }, { '@type': 'B' })).toEqual({ '@context': 'https://schema.org', '@graph': [{ '@type': 'A' }, { '@type': 'B' }] });
});
