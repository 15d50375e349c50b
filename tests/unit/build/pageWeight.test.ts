import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { bytesOf, dynamicImports, firstScreenHtml, pageWeight, staticImports } from '@/build/checks/pageWeight';

describe('import scanning', () => {
	test('finds static imports and re-exports of a minified chunk, not dynamic ones', () => {
		const js = 'import{a as b}from"./x.js";import"./side.js";export{c}from"./y.js";const l=()=>import("./lazy.js");';
		expect(staticImports(js)).toEqual(['./x.js', './side.js', './y.js']);
		expect(dynamicImports(js)).toEqual(['./lazy.js']);
	});

	test('is not fooled by the word import inside identifiers', () => {
		expect(staticImports('const reimport = 1; myimport("./no.js")')).toEqual([]);
	});
});

describe('pageWeight', () => {
	const files: Record<string, string> = {
		'/_astro/page.js': 'import{x}from"./shared.js";console.log(x);const lazy=()=>import("./chart.js");',
		'/_astro/shared.js': 'export const x=1;',
		'/_astro/chart.js': 'export const big="' + 'x'.repeat(5000) + '";',
		'/_astro/site.css': 'body{color:red}',
	};
	const read = (path: string) => {
		const content = files[path];
		if (content === undefined) throw new Error(`no ${path}`);
		return content;
	};

	test('counts inline and linked CSS and JS, follows static imports once, skips lazy chunks and JSON-LD', () => {
		const html = [
			'<style>a{b:c}</style>',
			'<link rel="stylesheet" href="/_astro/site.css">',
			'<script>theme()</script>',
			'<script type="application/ld+json">{"a":1}</script>',
			'<script type="module" src="/_astro/page.js"></script>',
			'<script type="module">import"/_astro/shared.js"</script>',
		].join('');
		const weight = pageWeight(html, read);
		expect(weight.files).toEqual(['/_astro/site.css', '/_astro/page.js', '/_astro/shared.js']);
		expect(weight.html).toEqual(bytesOf(html));
		expect(weight.css.raw).toBe('a{b:c}'.length + files['/_astro/site.css']!.length);
		const inlineJs = 'theme()'.length + 'import"/_astro/shared.js"'.length;
		expect(weight.js.raw).toBe(inlineJs + files['/_astro/page.js']!.length + files['/_astro/shared.js']!.length);
	});

	test('lists lazily imported chunks separately, from module files and inline scripts alike', () => {
		const fromFile = pageWeight('<script type="module" src="/_astro/page.js"></script>', read);
		expect(fromFile.lazyFiles).toEqual(['/_astro/chart.js']);
		expect(fromFile.lazyJs).toEqual(bytesOf(files['/_astro/chart.js']!));
		expect(fromFile.files).not.toContain('/_astro/chart.js');
		const inline = pageWeight('<script type="module">const c=()=>import("/_astro/chart.js")</script>', read);
		expect(inline.lazyFiles).toEqual(['/_astro/chart.js']);
	});

	test('a page without scripts weighs no JS', () => {
		expect(pageWeight('<p>hi</p>', read).js).toEqual({ raw: 0, gzip: 0 });
	});

	test('gzip sizes are real gzip sizes', () => {
		expect(bytesOf('hello hello hello').gzip).toBe(gzipSync('hello hello hello', { level: 9 }).length);
	});
});

describe('firstScreenHtml', () => {
	test('ends after the paragraph that follows the h1', () => {
		const html = '<html><head><style>p{}</style></head><body><header>Brand</header><h1>Title</h1><p class="lead">Lead.</p><p>More.</p></body></html>';
		expect(firstScreenHtml(html)).toBe('<html><head><style>p{}</style></head><body><header>Brand</header><h1>Title</h1><p class="lead">Lead.</p>');
	});

	test('is the whole page when there is no h1, or no paragraph after it', () => {
		expect(firstScreenHtml('<body><p>No heading.</p></body>')).toBe('<body><p>No heading.</p></body>');
		expect(firstScreenHtml('<body><h1>Only a title</h1></body>')).toBe('<body><h1>Only a title</h1></body>');
	});
});
