// The firm as built: both About pages show the configured details and carry the firm's LegalService JSON-LD, the home
// pages carry the same node, guides name it as publisher, and every page links to the About page in its own language.
import { describe, expect, test } from 'vitest';
import { telephoneHref, telephoneText } from '@/lib/cta/telephone';
import { formatLanguage, formatRegion } from '@/lib/i18n/format';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { localizePath } from '@/lib/i18n/localizePath';
import { useTranslations } from '@/lib/i18n/useTranslations';
import { firmId, jsonLdDocument, legalServiceNode } from '@/lib/seo/firmJsonLd';
import { siteConfig } from '@/site.config';
import { assertBuilt, htmlFiles, readDist, sitemapPaths } from '../support/dist';
import { all, attribute, one, parseHtml, textOf, type Root } from '../support/html';

assertBuilt();
const { firm } = siteConfig;
const page = (path: string) => parseHtml(readDist(`${path.replace(/^\//, '')}index.html`));
/** Every JSON-LD node of a page, `@graph` members included. */
const jsonLdNodes = (html: Root) =>
	all(html, 'script[type="application/ld+json"]').flatMap((script) => {
		const data = JSON.parse(textOf(script)) as Record<string, unknown>;
		return (data['@graph'] as Record<string, unknown>[] | undefined) ?? [data];
	});
const legalService = (html: Root) => jsonLdNodes(html).filter((node) => node['@type'] === 'LegalService');
/** The built site's origin, from the home page's canonical URL. */
const SITE = new URL(attribute(one(page('/'), 'link[rel="canonical"]'), 'href') ?? '');

test('the sitemap lists the About page in both languages', () => {
	expect(sitemapPaths()).toEqual(expect.arrayContaining(['/about/', '/bg/about/']));
});

describe.each(LOCALES)('the %s About page', (locale: Locale) => {
	const t = useTranslations(locale);
	const html = page(localizePath('/about/', locale));
	const text = textOf(one(html, 'main'));

	test('has its own title and meta description, in its language', () => {
		expect(textOf(one(html, 'title'))).toContain(t('about.title'));
		expect(attribute(one(html, 'meta[name="description"]'), 'content')).toBe(t('about.description'));
		expect(attribute(one(html, 'html'), 'lang')).toBe(locale);
	});

	test('shows the firm\'s name, description, practice areas, address, phone, e-mail, languages and registration from the config', () => {
		expect(textOf(one(html, 'h1'))).toBe(firm.name[locale]);
		expect(text).toContain(firm.description[locale]);
		for (const area of firm.practiceAreas[locale]) expect(text).toContain(area);
		expect(textOf(one(html, 'address'))).toBe(`${firm.address.street[locale]}${firm.address.postalCode} ${firm.address.locality[locale]}${formatRegion(firm.address.country, locale)}`);
		const phone = one(html, 'main a[href^="tel:"]');
		expect(attribute(phone, 'href')).toBe(telephoneHref(firm.telephone));
		expect(textOf(phone)).toBe(telephoneText(firm.telephone));
		expect(attribute(one(html, 'main a[href^="mailto:"]'), 'href')).toBe(`mailto:${siteConfig.contact.email}`);
		for (const language of firm.languages) expect(text).toContain(formatLanguage(language, locale));
		expect(text).toContain(firm.registration[locale]);
	});

	test('carries one LegalService node whose fields equal the config', () => {
		const [node, ...rest] = legalService(html);
		expect(rest).toEqual([]);
		expect(node).toEqual(jsonLdDocument(legalServiceNode(firm, locale, SITE)));
		expect(node).toMatchObject({
			'@id': `${SITE.origin}/#firm`,
			name: firm.name[locale],
			telephone: firm.telephone,
			email: siteConfig.contact.email,
			address: { '@type': 'PostalAddress', streetAddress: firm.address.street[locale], postalCode: firm.address.postalCode, addressCountry: firm.address.country },
			knowsLanguage: firm.languages,
		});
	});

	test('the home page carries the same LegalService node and names it as the website\'s publisher', () => {
		const home = page(localizePath('/', locale));
		expect(legalService(home)).toEqual([legalServiceNode(firm, locale, SITE)]);
		const website = jsonLdNodes(home).find((node) => node['@type'] === 'WebSite');
		expect(website?.['publisher']).toEqual({ '@id': firmId(SITE) });
	});
});

test('every guide\'s Article names the firm as author and publisher, by its @id', () => {
	const guides = htmlFiles().filter((file) => /(^|\/)guides\/[^/]+\/index\.html$/.test(file));
	expect(guides.length).toBeGreaterThanOrEqual(10);
	for (const file of guides) {
		const article = jsonLdNodes(parseHtml(readDist(file))).find((node) => node['@type'] === 'Article');
		expect(article?.['publisher'], file).toEqual({ '@id': firmId(SITE) });
		expect(article?.['author'], file).toEqual({ '@id': firmId(SITE) });
	}
});

test.each(htmlFiles())('%s links to the About page in its own language', (file) => {
	const about = file.startsWith('bg/') ? '/bg/about/' : '/about/';
	const links = all(parseHtml(readDist(file)), 'footer a').map((a) => attribute(a, 'href'));
	expect(links).toContain(about);
});
