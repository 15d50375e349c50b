import { describe, expect, test } from 'vitest';
import { cspHash, prunePolicy, withPageCsp } from '@/build/checks/pageCsp';

const THEME = "document.documentElement.dataset.theme='dark'";
const STYLE = 'body{color:red}';
const OTHER_SCRIPT = cspHash('console.log(1)');
const OTHER_STYLE = cspHash('p{margin:0}');

function page(policy: string, body = `<script>${THEME}</script><script type="application/ld+json">{"@type":"Article"}</script>`): string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"><style>${STYLE}</style></head><body>${body}</body></html>`;
}

describe('prunePolicy', () => {
	test('keeps the hashes asked for and every source that is not a hash, in order', () => {
		const policy = `default-src 'self'; script-src 'self' ${cspHash(THEME)} ${OTHER_SCRIPT}; style-src 'self' ${OTHER_STYLE} ${cspHash(STYLE)}`;
		expect(prunePolicy(policy, { script: [cspHash(THEME)], style: [cspHash(STYLE)] })).toBe(
			`default-src 'self'; script-src 'self' ${cspHash(THEME)}; style-src 'self' ${cspHash(STYLE)}`,
		);
	});

	test('leaves directives that list no hashes alone, and never moves a hash between scripts and styles', () => {
		const policy = `img-src 'self' data:;script-src 'self' ${cspHash(STYLE)}`;
		expect(prunePolicy(policy, { script: [], style: [cspHash(STYLE)] })).toBe(`img-src 'self' data:;script-src 'self'`);
	});

	test("names a source once where a page inserted it twice (the search page's 'self' beside the analytics' own)", () => {
		const policy = `script-src 'self' 'wasm-unsafe-eval' 'self' https://stats.firm-sample.bg ${cspHash(THEME)} ${cspHash(THEME)}`;
		expect(prunePolicy(policy, { script: [cspHash(THEME)], style: [] })).toBe(`script-src 'self' 'wasm-unsafe-eval' https://stats.firm-sample.bg ${cspHash(THEME)}`);
	});
});

describe('withPageCsp', () => {
	const full = `default-src 'self';script-src 'self' ${cspHash(THEME)} ${OTHER_SCRIPT};style-src 'self' ${cspHash(STYLE)} ${OTHER_STYLE}`;

	test("keeps only the hashes of the page's own inline script and style; JSON-LD is data and needs none", () => {
		const pruned = withPageCsp(page(full));
		expect(pruned).toBe(page(`default-src 'self';script-src 'self' ${cspHash(THEME)};style-src 'self' ${cspHash(STYLE)}`));
	});

	test('a page whose inline script is not in the policy does not get it added: the site check reports it instead', () => {
		const pruned = withPageCsp(page(full, '<script>alert(1)</script>'));
		expect(pruned).toContain(`script-src 'self';`);
		expect(pruned).not.toContain(cspHash('alert(1)'));
	});

	test('a style or script before the policy is moved behind it; data scripts before it stay where they are', () => {
		const page = (early: string, policy: string, late: string) =>
			`<!DOCTYPE html><html><head><meta charset="utf-8">${early}<meta http-equiv="content-security-policy" content="${policy}">${late}</head><body></body></html>`;
		const data = '<script type="application/ld+json">{}</script>';
		const governed = `<style>${STYLE}</style><script>${THEME}</script>`;
		const late = '<style>p{margin:0}</style>';
		const policy = `default-src 'self';script-src 'self' ${cspHash(THEME)};style-src 'self' ${cspHash(STYLE)} ${OTHER_STYLE}`;
		expect(withPageCsp(page(data + governed, full, late))).toBe(page(data, policy, governed + late));
	});

	test('a page without a CSP <meta> is returned as it was', () => {
		const html = '<!DOCTYPE html><html><head><title>x</title></head><body><script>1</script></body></html>';
		expect(withPageCsp(html)).toBe(html);
	});

	test('hashes with another algorithm are kept by the same rule', () => {
		const policy = `script-src 'self' ${cspHash(THEME, 'sha384')} ${cspHash('x', 'sha384')};style-src ${cspHash(STYLE, 'sha384')}`;
		expect(withPageCsp(page(policy))).toContain(`content="script-src 'self' ${cspHash(THEME, 'sha384')};style-src ${cspHash(STYLE, 'sha384')}"`);
	});
});
