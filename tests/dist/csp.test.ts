// Every built page carries a strict Content-Security-Policy and loads nothing from another origin.
import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { htmlFiles, readDist } from '../support/dist';

const pages = htmlFiles();

test.each(pages)('%s has a strict CSP and no third-party references', (file) => {
	const html = readDist(file);
	const policies = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]+)"/g)].map((m) => m[1] ?? '');
	expect(policies).toHaveLength(1);
	const directives = new Map(
		(policies[0] ?? '')
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name as string, values]),
	);
	expect(directives.get('default-src')).toEqual(["'self'"]);
	expect(directives.get('object-src')).toEqual(["'none'"]);
	expect(directives.get('base-uri')).toEqual(["'self'"]);
	for (const name of ['script-src', 'style-src']) {
		const values = directives.get(name) ?? [];
		expect(values[0], name).toBe("'self'");
		expect(values.every((v) => v === "'self'" || /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(v)), `${name}: ${values.join(' ')}`).toBe(true);
	}
	expect(policies[0]).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
	// Nothing is loaded from elsewhere: scripts, styles, images, fonts, frames.
	expect(html).not.toMatch(/<(script|img|iframe|source|video|audio)\b[^>]*\ssrc="(https?:)?\/\//);
	expect(html).not.toMatch(/<link\b(?=[^>]*rel="(stylesheet|preload|modulepreload|icon|preconnect|dns-prefetch)")[^>]*href="(https?:)?\/\//);
	expect(html).not.toMatch(/\sstyle="/);
});

/** Inline scripts the browser runs: every `<script>` without `src` whose type is JavaScript (JSON-LD is data). */
const executableInlineScripts = (html: string) =>
	[...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter(([, attributes = '']) => !/\ssrc=/.test(attributes) && !/type="application\/(ld\+)?json"/.test(attributes))
		.map(([, , body = '']) => body);

test.each(pages)('%s allows every inline script it runs by hash, and states its policy before any script or style', (file) => {
	const html = readDist(file);
	const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html);
	const scriptSrc = /script-src ([^;]+)/.exec(policy?.[1] ?? '')?.[1]?.split(/\s+/) ?? [];
	for (const body of executableInlineScripts(html)) {
		expect(scriptSrc).toContain(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
	}
	// A <meta> policy only governs what comes after it.
	const firstScriptOrStyle = html.search(/<script\b(?![^>]*type="application\/(ld\+)?json")|<style\b|<link\b[^>]*rel="stylesheet"/);
	expect(policy?.index ?? Infinity).toBeLessThan(firstScriptOrStyle === -1 ? Infinity : firstScriptOrStyle);
});
