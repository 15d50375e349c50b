// Sample wording with deal fields: `{fieldId}` becomes a field, everything else stays text, and any other brace is a mistake.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FIELD_IDS, isFieldId } from '@/lib/clauses/fields';
import { fieldsOf, parseTemplate, type TemplateSegment } from '@/lib/clauses/template';

const joined = (segments: readonly TemplateSegment[]) => segments.map((s) => ('text' in s ? s.text : `{${s.field}}`)).join('');

describe('parseTemplate', () => {
	test('splits text and fields, in order', () => {
		expect(parseTemplate('for {confidentialityPeriod} after the {agreement} ends')).toEqual({
			ok: true,
			segments: [{ text: 'for ' }, { field: 'confidentialityPeriod' }, { text: ' after the ' }, { field: 'agreement' }, { text: ' ends' }],
		});
	});

	test('a template without fields is one text segment, an empty one none', () => {
		expect(parseTemplate('No fields here.')).toEqual({ ok: true, segments: [{ text: 'No fields here.' }] });
		expect(parseTemplate('')).toEqual({ ok: true, segments: [] });
	});

	test('names every unknown field and every stray brace', () => {
		const parsed = parseTemplate('{client} owes {penalty} and {Client} or {provider');
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.problems).toContain('{penalty} is not a deal field (the fields are listed in src/lib/clauses/fields.ts)');
		expect(parsed.problems.some((p) => p.startsWith('a stray brace in'))).toBe(true);
		expect(parsed.problems).toHaveLength(3);
	});

	test('reading a template and writing it back gives the same text (any text without braces, any fields)', () => {
		const piece = fc.oneof(
			fc.string().filter((s) => !/[{}]/.test(s)),
			fc.constantFrom(...FIELD_IDS).map((id) => `{${id}}`),
		);
		fc.assert(
			fc.property(fc.array(piece), (pieces) => {
				const template = pieces.join('');
				const parsed = parseTemplate(template);
				expect(parsed.ok).toBe(true);
				if (parsed.ok) expect(joined(parsed.segments)).toBe(template);
			}),
		);
	});
});

test('fieldsOf lists each field once, in order of first use', () => {
	const parsed = parseTemplate('{provider} and {client}, then {provider} again');
	expect(parsed.ok && fieldsOf(parsed.segments)).toEqual(['provider', 'client']);
});

test('isFieldId knows the fields and nothing inherited', () => {
	expect(isFieldId('client')).toBe(true);
	expect(isFieldId('toString')).toBe(false);
	expect(isFieldId('constructor')).toBe(false);
});
