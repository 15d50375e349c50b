import { isFieldId, type FieldId } from './fields';

/** A piece of sample wording: text as written, or a deal detail to fill in. */
export type TemplateSegment = { readonly text: string } | { readonly field: FieldId };

/** Anything in braces: a field when it names one (`{fieldId}`), a mistake otherwise. */
const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The result of reading a template: its segments, or every problem in it. */
export type ParsedTemplate = { ok: true; segments: TemplateSegment[] } | { ok: false; problems: string[] };

/**
 * Splits sample wording into text and `{field}` placeholders. Every `{name}` must be a known field, and no other
 * brace may appear (a typo such as `{client` or `{Client}` would otherwise reach a contract as written).
 */
export function parseTemplate(template: string): ParsedTemplate {
	const segments: TemplateSegment[] = [];
	const problems: string[] = [];
	let at = 0;
	for (const match of template.matchAll(PLACEHOLDER)) {
		const name = match[1] ?? '';
		if (match.index > at) segments.push({ text: template.slice(at, match.index) });
		if (isFieldId(name)) segments.push({ field: name });
		else problems.push(`{${name}} is not a deal field (the fields are listed in src/lib/clauses/fields.ts)`);
		at = match.index + match[0].length;
	}
	if (at < template.length) segments.push({ text: template.slice(at) });
	for (const segment of segments) {
		if ('text' in segment && /[{}]/.test(segment.text)) problems.push(`a stray brace in "${excerpt(segment.text)}": write a field as {fieldId}`);
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, segments };
}

/** The fields a template uses, in order of first use. */
export function fieldsOf(segments: readonly TemplateSegment[]): FieldId[] {
	return [...new Set(segments.flatMap((s) => ('field' in s ? [s.field] : [])))];
}

function excerpt(text: string): string {
	const brace = text.search(/[{}]/);
	return text.slice(Math.max(0, brace - 20), brace + 20).trim();
}
