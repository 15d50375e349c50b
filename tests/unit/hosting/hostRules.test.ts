// One declaration of headers and redirects (public/_headers, public/_redirects) written for every host.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { caddyfile, htaccess, nginxConf, parseHeaders, parseRedirects, type HostRules } from '@/lib/hosting/hostRules';

const PUBLIC = join(import.meta.dirname, '..', '..', '..', 'public');
const project: HostRules = {
	headers: parseHeaders(readFileSync(join(PUBLIC, '_headers'), 'utf8')),
	redirects: parseRedirects(readFileSync(join(PUBLIC, '_redirects'), 'utf8')),
};
const rules: HostRules = {
	headers: parseHeaders('# comment\n/*\n  X-Frame-Options: DENY\n  Referrer-Policy: same-origin\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n'),
	redirects: parseRedirects('/bg/*  /bg/404.html  404\n/old/ /new/ 301\n'),
};

describe('reading _headers and _redirects', () => {
	test('header blocks per path, in order; comments and blank lines ignored', () => {
		expect(rules.headers).toEqual([
			{ pattern: '/*', headers: [['X-Frame-Options', 'DENY'], ['Referrer-Policy', 'same-origin']] },
			{ pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
		]);
		expect(rules.redirects).toEqual([
			{ from: '/bg/*', to: '/bg/404.html', status: 404 },
			{ from: '/old/', to: '/new/', status: 301 },
		]);
	});

	test('the project’s own files are read whole', () => {
		expect(project.headers.find((rule) => rule.pattern === '/*')?.headers.map(([name]) => name)).toContain('Strict-Transport-Security');
		expect(project.redirects.length).toBeGreaterThan(0);
	});

	test('what other hosts cannot carry fails, naming the line', () => {
		expect(() => parseHeaders('  X-Frame-Options: DENY')).toThrow('_headers line 1');
		expect(() => parseHeaders('/*.js\n  X: y')).toThrow('_headers line 1: "/*.js" is not a path');
		expect(() => parseHeaders('/*\n  no colon here')).toThrow('_headers line 2');
		expect(() => parseRedirects('# x\n/a/* /b/:splat 200')).toThrow('_redirects line 2');
		expect(() => parseRedirects('/a/* /b/ 301')).toThrow('_redirects line 1');
		expect(() => parseRedirects('/a/* /b/404.html 404!')).toThrow('_redirects line 1');
	});
});

describe('writing them for each host', () => {
	test('Apache: every header, the extra cache header under its folder, the folder’s 404 page, the redirect', () => {
		const text = htaccess(rules);
		expect(text).toContain('\tHeader always set X-Frame-Options "DENY"\n');
		expect(text).toContain('<If "%{REQUEST_URI} =~ m#^/_astro/#">\n\t\tHeader always set Cache-Control "public, max-age=31536000, immutable"\n\t</If>');
		expect(text).toContain('ErrorDocument 404 /404.html\n');
		expect(text).toContain('<If "%{REQUEST_URI} =~ m#^/bg/#">\n\tErrorDocument 404 /bg/404.html\n</If>');
		expect(text).toContain('Redirect 301 /old/ /new/');
	});

	test('nginx: each location repeats every header (nginx drops inherited add_header), with its 404 page', () => {
		const text = nginxConf(rules, { root: '/srv/site', listen: '8080' });
		expect(text).toMatch(/^events \{\}$/m);
		expect(text).toContain('listen 8080;');
		expect(text).toContain('root /srv/site;');
		const location = (prefix: string) => new RegExp(`location (\\^~ )?${prefix.replace(/\//g, '\\/')} \\{([^}]*)\\}`).exec(text)?.[2] ?? '';
		for (const prefix of ['/', '/_astro/', '/bg/']) {
			expect(location(prefix), prefix).toContain('add_header X-Frame-Options "DENY" always;');
			expect(location(prefix), prefix).toContain('add_header Referrer-Policy "same-origin" always;');
		}
		expect(location('/_astro/')).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
		expect(location('/')).not.toContain('Cache-Control');
		expect(location('/bg/')).toContain('error_page 404 /bg/404.html;');
		expect(location('/')).toContain('error_page 404 /404.html;');
		expect(text).toContain('location = /old/ { return 301 /new/; }');
	});

	test('Caddy: the headers, the cache rule by path, the Bulgarian 404 before the general one, the redirect', () => {
		const text = caddyfile(rules, { root: '/srv/site' });
		expect(text).toContain('\troot * /srv/site\n');
		expect(text).toContain('\theader {\n\t\tX-Frame-Options "DENY"\n\t\tReferrer-Policy "same-origin"\n\t}');
		expect(text).toContain('\theader /_astro/* Cache-Control "public, max-age=31536000, immutable"');
		expect(text.indexOf('handle /bg/* {\n\t\t\trewrite * /bg/404.html')).toBeLessThan(text.indexOf('rewrite * /404.html'));
		expect(text).toContain('\tredir /old/ /new/ permanent');
	});

	test('a value with quotes or backslashes stays one quoted argument', () => {
		const text = htaccess({ headers: parseHeaders('/*\n  X-Test: a "b" \\c'), redirects: [] });
		expect(text).toContain('Header always set X-Test "a \\"b\\" \\\\c"');
	});
});
