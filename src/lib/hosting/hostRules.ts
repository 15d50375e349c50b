// The site's security headers, cache rules and redirects are written once, in public/_headers and public/_redirects
// (the format Netlify and Cloudflare Pages read); these functions read them and write the same rules for Apache
// (.htaccess), nginx (a complete server configuration) and Caddy (a Caddyfile). src/build/integrations/hostConfigs.ts
// runs them after every build. Only what the site uses is supported (header blocks on `/*` or a `/dir/*` prefix,
// `/dir/* /page 404` fallbacks, 301/302 redirects); anything else fails, naming the line, rather than being dropped.

/** Headers for every path that `pattern` matches: `/*` (everything) or `/dir/*` (everything under /dir/). */
export interface HeaderRule {
	pattern: string;
	headers: ReadonlyArray<readonly [name: string, value: string]>;
}

/** `/dir/* /dir/page.html 404`: unknown paths under /dir/ get that page with status 404; or a 301/302 redirect. */
export interface RedirectRule {
	from: string;
	to: string;
	status: number;
}

export interface HostRules {
	headers: readonly HeaderRule[];
	redirects: readonly RedirectRule[];
}

const PATTERN = /^\/(?:[\w.-]+\/)*\*$|^\/(?:[\w.-]+\/?)*$/;

function meaningful(text: string): Array<[number, string]> {
	return text
		.split('\n')
		.map((line, index): [number, string] => [index + 1, line.replace(/\s+$/, '')])
		.filter(([, line]) => line.trim() !== '' && !line.trimStart().startsWith('#'));
}

/** The rules of a `_headers` file, in order. Throws naming the line of anything it cannot carry to other hosts. */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: Array<{ pattern: string; headers: Array<[string, string]> }> = [];
	for (const [number, line] of meaningful(text)) {
		if (!/^\s/.test(line)) {
			// A block for one path would need its own location (nginx) or <If> (Apache): not written, so refused.
			if (!PATTERN.test(line.trim()) || !line.trim().endsWith('*')) throw new Error(`_headers line ${number}: "${line.trim()}" is not /* or a /dir/* prefix`);
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const separator = line.indexOf(':');
		const current = rules.at(-1);
		if (!current || separator < 0) throw new Error(`_headers line ${number}: "${line.trim()}" is not a "Name: value" header under a path`);
		current.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
	}
	return rules;
}

/** The rules of a `_redirects` file, in order. Throws naming the line of one it cannot carry to other hosts. */
export function parseRedirects(text: string): RedirectRule[] {
	return meaningful(text).map(([number, line]) => {
		const [from = '', to = '', status = '301', ...rest] = line.trim().split(/\s+/);
		const rule = { from, to, status: Number(status) };
		const fallback = rule.status === 404 && from.endsWith('/*') && !to.includes('*');
		const redirect = (rule.status === 301 || rule.status === 302) && PATTERN.test(from) && !from.endsWith('*');
		if (rest.length > 0 || !(fallback || redirect)) throw new Error(`_redirects line ${number}: "${line.trim()}" is neither "/dir/* /page 404" nor a 301/302 redirect of one path`);
		return rule;
	});
}

/** The prefix a pattern covers (`/_astro/*` → `/_astro/`, `/*` → `/`), or undefined for a single path. */
const prefixOf = (pattern: string) => (pattern.endsWith('*') ? pattern.slice(0, -1) : undefined);

/** Every header a path (or every path under a prefix) gets: each `/dir/*` rule covering it, general ones first. */
export function headersFor(rules: HostRules, prefix: string): Array<readonly [string, string]> {
	return rules.headers.filter((rule) => prefix.startsWith(prefixOf(rule.pattern) ?? '\0')).flatMap((rule) => rule.headers);
}

/** The prefixes that need a block of their own (header rules and 404 pages), most general first. */
function prefixes(rules: HostRules): string[] {
	const all = [...rules.headers.map((rule) => prefixOf(rule.pattern)), ...rules.redirects.filter((r) => r.status === 404).map((r) => prefixOf(r.from))];
	return [...new Set(all.filter((p): p is string => p !== undefined && p !== '/'))].sort((a, b) => a.length - b.length);
}

/** The 404 page for a path (or every path under a prefix): the deepest fallback covering it, else /404.html. */
export function notFoundPage(rules: HostRules, prefix: string): string {
	const covering = rules.redirects.filter((r) => r.status === 404 && prefix.startsWith(prefixOf(r.from) ?? '\0'));
	return covering.sort((a, b) => b.from.length - a.from.length)[0]?.to ?? '/404.html';
}

/** What is sent gzip-compressed to clients that accept it: text (HTML, styles, scripts, data, feeds, SVG). */
const COMPRESSED = ['text/html', 'text/css', 'text/javascript', 'application/javascript', 'application/json', 'application/xml', 'application/rss+xml', 'text/xml', 'image/svg+xml', 'text/plain'];

const quoted = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const single = (pattern: string) => !pattern.endsWith('*');

/** The headers a path under `prefix` gets beyond those of every path (`/*`). */
function extraHeadersFor(rules: HostRules, prefix: string): Array<readonly [string, string]> {
	const general = new Set(headersFor(rules, '/'));
	return headersFor(rules, prefix).filter((header) => !general.has(header));
}

/** Apache 2.4 `.htaccess` for the site's folder: 404 pages per folder (`<If>`), headers with mod_headers. */
export function htaccess(rules: HostRules): string {
	const inside = (prefix: string) => `"%{REQUEST_URI} =~ m#^${prefix}#"`;
	const lines = [
		'# Written at build time from _headers and _redirects (src/lib/hosting/hostRules.ts): edit those, not this file.',
		'Options -Indexes',
		'AddDefaultCharset utf-8',
		'ErrorDocument 404 /404.html',
		'# Dot files (this one) are not part of the site; /.well-known/ stays reachable (certificate checks, security.txt).',
		'RedirectMatch 404 "/\\.(?!well-known/)"',
	];
	for (const prefix of prefixes(rules)) {
		const page = notFoundPage(rules, prefix);
		if (page !== '/404.html') lines.push(`<If ${inside(prefix)}>`, `\tErrorDocument 404 ${page}`, '</If>');
	}
	for (const rule of rules.redirects.filter((r) => r.status !== 404)) lines.push(`Redirect ${rule.status} ${rule.from} ${rule.to}`);
	lines.push('<IfModule mod_headers.c>', ...headersFor(rules, '/').map(([name, value]) => `\tHeader always set ${name} ${quoted(value)}`));
	for (const prefix of prefixes(rules)) {
		const extra = extraHeadersFor(rules, prefix);
		if (extra.length > 0) lines.push(`\t<If ${inside(prefix)}>`, ...extra.map(([name, value]) => `\t\tHeader always set ${name} ${quoted(value)}`), '\t</If>');
	}
	lines.push('</IfModule>');
	// AddOutputFilterByType is mod_filter's: both modules are on in Debian's default Apache and on shared hosts.
	lines.push('<IfModule mod_deflate.c>', '\t<IfModule mod_filter.c>', `\t\tAddOutputFilterByType DEFLATE ${COMPRESSED.join(' ')}`, '\t</IfModule>', '</IfModule>');
	return `${lines.join('\n')}\n`;
}

/** A complete nginx configuration serving `root` on `listen` (nginx -c <file>). */
export function nginxConf(rules: HostRules, { root, listen }: { root: string; listen: string }): string {
	const headers = (prefix: string, indent: string) => headersFor(rules, prefix).map(([name, value]) => `${indent}add_header ${name} ${quoted(value)} always;`);
	const block = (prefix: string, indent: string) => [...headers(prefix, indent), `${indent}error_page 404 ${notFoundPage(rules, prefix)};`, `${indent}try_files $uri $uri/ =404;`];
	const locations = prefixes(rules).flatMap((prefix) => [`\t\tlocation ^~ ${prefix} {`, ...block(prefix, '\t\t\t'), '\t\t}']);
	// A location without add_header lines sends none: a redirect's repeats them too.
	const redirects = rules.redirects
		.filter((r) => r.status !== 404 && single(r.from))
		.flatMap((r) => [`\t\tlocation = ${r.from} {`, ...headers('/', '\t\t\t'), `\t\t\treturn ${r.status} ${r.to};`, '\t\t}']);
	return `${[
		'# Written at build time from _headers and _redirects (src/lib/hosting/hostRules.ts): edit those, not this file.',
		'# A complete configuration: nginx -c /path/to/nginx.conf (set root to the folder of the built site).',
		'worker_processes auto;',
		'pid nginx.pid;',
		'events {}',
		'http {',
		'\tinclude /etc/nginx/mime.types;',
		'\tdefault_type application/octet-stream;',
		'\tcharset utf-8;',
		'\tserver_tokens off;',
		'\tgzip on;',
		// nginx compresses text/html always, and warns when it is listed.
		`\tgzip_types ${COMPRESSED.filter((type) => type !== 'text/html').join(' ')};`,
		'\tserver {',
		`\t\tlisten ${listen};`,
		`\t\troot ${root};`,
		'\t\t# /guides → /guides/ answered with a relative Location, whatever the host and port.',
		'\t\tabsolute_redirect off;',
		'\t\t# Dot files (.htaccess) are not part of the site: the 404 page, with the headers of location /. /.well-known/',
		'\t\t# stays reachable (certificate checks, security.txt).',
		'\t\tlocation ~ /\\.(?!well-known/) {',
		'\t\t\terror_page 404 /404.html;',
		'\t\t\treturn 404;',
		'\t\t}',
		...redirects,
		'\t\tlocation / {',
		...block('/', '\t\t\t'),
		'\t\t}',
		...locations,
		'\t}',
		'}',
	].join('\n')}\n`;
}

/** A Caddyfile serving `root` (set the site address in place of :80 to get https); Caddy 2.6 (Debian 12) or later. */
export function caddyfile(rules: HostRules, { root }: { root: string }): string {
	const general = headersFor(rules, '/');
	// Headers of a folder's own (a year's cache under /_astro/) belong to its files, not to the 404 page sent for a miss.
	const own = new Set(rules.headers.filter((r) => r.pattern !== '/*').flatMap((r) => r.headers.map(([name]) => name)));
	const lines = [
		'# Written at build time from _headers and _redirects (src/lib/hosting/hostRules.ts): edit those, not this file.',
		'# Replace :80 with the site\'s domain for automatic https.',
		':80 {',
		`\troot * ${root}`,
		'\tencode gzip',
		'\theader {',
		...general.map(([name, value]) => `\t\t${name} ${quoted(value)}`),
		'\t}',
	];
	for (const rule of rules.headers.filter((r) => r.pattern !== '/*')) {
		for (const [name, value] of rule.headers) lines.push(`\theader ${rule.pattern} ${name} ${quoted(value)}`);
	}
	// /guides → /guides/ with 301 (file_server alone answers 308), keeping the query string (campaign links): Caddy 2.6
	// has no placeholder for "?query if any", hence one rule with a query and one without.
	lines.push('\t# /guides → /guides/ with 301, keeping the query string.');
	for (const [matcher, query, target] of [['@folder', '==', '{path}/'], ['@folderWithQuery', '!=', '{path}/?{query}']]) {
		lines.push(`\t${matcher} {`, '\t\tnot path */', '\t\tfile {path}/index.html', `\t\texpression {query} ${query} ""`, '\t}', `\tredir ${matcher} ${target} permanent`);
	}
	for (const rule of rules.redirects.filter((r) => r.status !== 404)) lines.push(`\tredir ${rule.from} ${rule.to} ${rule.status === 301 ? 'permanent' : 'temporary'}`);
	// Dot files (.htaccess) are not part of the site, except /.well-known/: matched on the request's path, since
	// `file_server { hide .* }` also hides every file when the site's folder itself lies under a dot folder. Status
	// matchers on handle_errors need Caddy 2.8: an expression works from 2.6.
	lines.push('\t@dotFiles {', '\t\tpath */.*', '\t\tnot path /.well-known/*', '\t}', '\terror @dotFiles 404', '\tfile_server', '\thandle_errors {', '\t\t@notFound expression {err.status_code} == 404', '\t\thandle @notFound {');
	for (const name of own) if (!general.some(([generalName]) => generalName === name)) lines.push(`\t\t\theader -${name}`);
	for (const prefix of prefixes(rules).reverse()) {
		const page = notFoundPage(rules, prefix);
		if (page !== '/404.html') lines.push(`\t\t\thandle ${prefix}* {`, `\t\t\t\trewrite * ${page}`, '\t\t\t\tfile_server', '\t\t\t}');
	}
	lines.push('\t\t\thandle {', '\t\t\t\trewrite * /404.html', '\t\t\t\tfile_server', '\t\t\t}', '\t\t}', '\t}', '}');
	return `${lines.join('\n')}\n`;
}
