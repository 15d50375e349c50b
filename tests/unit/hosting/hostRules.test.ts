// One declaration of headers and redirects (public/_headers, public/_redirects) written for every host.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { caddyfile, headersFor, htaccess, nginxConf, notFoundPage, parseHeaders, parseRedirects, type HostRules } from '@/lib/hosting/hostRules';

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

	test('what a path gets: the headers of every rule covering it, general first; the deepest 404 page covering it', () => {
		expect(headersFor(rules, '/guides/')).toEqual([['X-Frame-Options', 'DENY'], ['Referrer-Policy', 'same-origin']]);
		expect(headersFor(rules, '/_astro/a.js').map(([name]) => name)).toEqual(['X-Frame-Options', 'Referrer-Policy', 'Cache-Control']);
		expect(notFoundPage(rules, '/bg/a/b/')).toBe('/bg/404.html');
		expect(notFoundPage(rules, '/bga/')).toBe('/404.html');
		expect(notFoundPage(rules, '/_astro/a.js')).toBe('/404.html');
	});

	test('what other hosts cannot carry fails, naming the line', () => {
		expect(() => parseHeaders('  X-Frame-Options: DENY')).toThrow('_headers line 1');
		expect(() => parseHeaders('/*.js\n  X: y')).toThrow('_headers line 1: "/*.js" is not /* or a /dir/* prefix');
		// One page's headers would be dropped by the nginx and Apache files, which only write folders' blocks.
		expect(() => parseHeaders('/*\n  X: y\n/contact/\n  X: z')).toThrow('_headers line 3: "/contact/" is not /* or a /dir/* prefix');
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

	test('Apache: dot files (.htaccess itself) but /.well-known/ answer 404, text is compressed where mod_deflate and mod_filter are on', () => {
		const text = htaccess(rules);
		expect(text).toContain('RedirectMatch 404 "/\\.(?!well-known/)"\n');
		expect(text).toMatch(/<IfModule mod_deflate\.c>\n\t<IfModule mod_filter\.c>\n\t\tAddOutputFilterByType DEFLATE text\/html [^\n]*text\/css [^\n]*text\/javascript /);
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
		expect(text).toContain('\t\tlocation = /old/ {\n\t\t\tadd_header X-Frame-Options "DENY" always;\n\t\t\tadd_header Referrer-Policy "same-origin" always;\n\t\t\treturn 301 /new/;\n\t\t}');
		expect(text).toContain('\t\tlocation ~ /\\.(?!well-known/) {\n\t\t\terror_page 404 /404.html;\n\t\t\treturn 404;\n\t\t}');
		// nginx always compresses HTML and warns when it is listed.
		expect(text).toMatch(/^\tgzip_types text\/css [^;]*application\/javascript[^;]*;$/m);
		expect(/gzip_types[^;]*text\/html/.test(text)).toBe(false);
	});

	test('Caddy: the headers, the cache rule by path, the Bulgarian 404 before the general one, the redirect', () => {
		const text = caddyfile(rules, { root: '/srv/site' });
		expect(text).toContain('\troot * /srv/site\n');
		expect(text).toContain('\theader {\n\t\tX-Frame-Options "DENY"\n\t\tReferrer-Policy "same-origin"\n\t}');
		expect(text).toContain('\theader /_astro/* Cache-Control "public, max-age=31536000, immutable"');
		expect(text.indexOf('handle /bg/* {\n\t\t\t\trewrite * /bg/404.html')).toBeLessThan(text.indexOf('rewrite * /404.html'));
		expect(text).toContain('\tredir /old/ /new/ permanent');
	});

	test('Caddy 2.6 (Debian 12): 404s by expression, without the folder’s cache header; 301 to the slash, query kept; no dot files', () => {
		const text = caddyfile(rules, { root: '/srv/site' });
		// `handle_errors 404` needs Caddy 2.8.
		expect(text).toContain('\thandle_errors {\n\t\t@notFound expression {err.status_code} == 404\n\t\thandle @notFound {\n\t\t\theader -Cache-Control\n');
		expect(text).not.toMatch(/handle_errors \d/);
		expect(text).not.toContain('header -X-Frame-Options');
		expect(text).toMatch(/@folder \{\n\t\tnot path \*\/\n\t\tfile \{path\}\/index\.html\n\t\texpression \{query\} == ""\n\t\}\n\tredir @folder \{path\}\/ permanent\n/);
		expect(text).toContain('\tredir @folderWithQuery {path}/?{query} permanent\n');
		expect(text).toContain('\t@dotFiles {\n\t\tpath */.*\n\t\tnot path /.well-known/*\n\t}\n\terror @dotFiles 404\n');
		expect(text).not.toContain('hide');
	});

	test('a value with quotes or backslashes stays one quoted argument', () => {
		const text = htaccess({ headers: parseHeaders('/*\n  X-Test: a "b" \\c'), redirects: [] });
		expect(text).toContain('Header always set X-Test "a \\"b\\" \\\\c"');
	});
});
