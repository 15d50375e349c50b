/** One page of each type: what the benchmark measures and the Lighthouse gate audits. */
export const PAGE_TYPES = [
	{ type: 'home', path: '/' },
	{ type: 'guide', path: '/guides/what-is-outsourcing/' },
	{ type: 'statistics', path: '/statistics/' },
	{ type: 'calculator', path: '/calculator/' },
	{ type: 'contact', path: '/contact/' },
] as const;
