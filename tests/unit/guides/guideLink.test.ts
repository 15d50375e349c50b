import { describe, expect, test } from 'vitest';
import { resolveGuideLink, type LinkableGuide } from '@/lib/guides/guideLink';

const guides: LinkableGuide[] = [
	{ slug: 'contract-clauses', href: '/bg/guides/contract-clauses/', title: 'Клаузи' },
	{ slug: 'what-is-outsourcing', href: '/bg/guides/what-is-outsourcing/', title: 'Какво е аутсорсинг' },
];

describe('resolveGuideLink', () => {
	test('links a bare slug to the guide, with its title', () => {
		expect(resolveGuideLink('what-is-outsourcing', guides)).toEqual({ href: '/bg/guides/what-is-outsourcing/', title: 'Какво е аутсорсинг' });
	});

	test('keeps the anchor, which is the same in every language, on the localized address', () => {
		expect(resolveGuideLink('contract-clauses#grant-of-rights', guides)).toEqual({ href: '/bg/guides/contract-clauses/#grant-of-rights', title: 'Клаузи' });
	});

	test('gives nothing for a guide the locale does not have, so the caller can name the file', () => {
		expect(resolveGuideLink('no-such-guide#nda', guides)).toBeUndefined();
		expect(resolveGuideLink('contract', guides)).toBeUndefined();
		expect(resolveGuideLink('', [])).toBeUndefined();
	});
});
