import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ locals }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', locals.site).href}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
