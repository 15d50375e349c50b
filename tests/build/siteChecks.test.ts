// Mistakes only the built pages show fail the build after it (src/build/integrations/siteChecks.ts), naming the page and
// every problem: one build of the fixture site with all of them, each asserted on its own.
import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureSite, type Outcome } from './support/fixtureSite';

const PAGE = 'dist/guides/outsourcing-by-location/index.html';

let outcome: Outcome;

beforeAll(async () => {
	const site = fixtureSite();
	site.append(
		'src/content/guides/en/outsourcing-by-location.mdx',
		[
			'',
			'See [the missing guide](/guides/no-such-guide/).',
			'',
			'See [what outsourcing is](/guides/what-is-outsourcing/#no-such-section).',
			'',
			'![](/favicon.svg)',
			'',
			'<p style="color: red">Red</p>',
			'',
			'<a href="javascript:void(0)">Run</a>',
			'',
			'<iframe src="/"></iframe>',
			'',
			'<span id="onshoring">again</span>',
			'',
		].join('\n'),
	);
	outcome = await site.build();
});

describe('the build fails on the built pages, naming the page and listing every problem in one run', () => {
	test('fails, naming the page', () => {
		expect(outcome.ok).toBe(false);
		expect(outcome.output).toContain(PAGE);
	});

	test('on a broken internal link', () => {
		expect(outcome.output).toContain('broken link "/guides/no-such-guide/"');
	});

	test('on a link to a section that does not exist', () => {
		expect(outcome.output).toContain('has no id "no-such-section"');
	});

	test('on an image without alt text', () => {
		expect(outcome.output).toMatch(/<img> cannot have empty "alt" attribute \(line \d+, wcag\/h37\)/);
	});

	test.each(['Inline style is not allowed', 'javascript: link on <a>', '<iframe>: the site embeds nothing'])('on MDX markup the CSP would block: %s', (message) => {
		expect(outcome.output).toContain(message);
	});

	test('on a duplicate id', () => {
		expect(outcome.output).toContain('Duplicate ID "onshoring"');
	});
});
