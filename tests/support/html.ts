// Just enough HTML reading for checks over the built site: the markup is Astro's own, predictable output.
import { decodeEntities } from '../../src/lib/build/decodeEntities';

/** The text of a fragment: tags removed, entities decoded, white space collapsed. */
export function textOf(html: string): string {
	return decodeEntities(html.replace(/<[^>]*>/g, ' '))
		.replace(/[ \t\r\n]+/g, ' ')
		.trim();
}

/** The first `<tag …>…</tag>` whose opening tag matches `opening` (no nesting of the same tag inside). */
export function element(html: string, tag: string, opening: RegExp): string | undefined {
	for (const match of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))) {
		if (opening.test(match[1] ?? '')) return match[0];
	}
	return undefined;
}

/** Inner HTML of every `<tag>` in a fragment, in order (for tags that do not nest: tr, td, li). */
export function inner(html: string, tag: string): string[] {
	return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] ?? '');
}

/** The value of an attribute on the first element that carries it. */
export function attribute(html: string, name: string): string | undefined {
	const match = new RegExp(`\\s${name}="([^"]*)"`).exec(html);
	return match ? decodeEntities(match[1] ?? '') : undefined;
}

/** Table body rows: for each `<tr>`, its header and data cells' inner HTML in order. */
export function bodyRows(table: string): string[][] {
	const body = /<tbody\b[^>]*>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
	return inner(body, 'tr').map((row) => [...row.matchAll(/<(th|td)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[0]));
}
