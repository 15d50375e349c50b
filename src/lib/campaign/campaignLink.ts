/**
 * The campaign-link tool's decisions (/campaign-links/, CampaignTool.astro): how a typed value is normalised, when it is
 * refused, and the absolute link it makes. A value is accepted only when the site's own campaign parser (pickUtmParams)
 * would carry it unchanged, so a link the tool hands out never loses part of its campaign on arrival.
 */
import { pickUtmParams, stripInvisible, type UtmKey } from '@/lib/cta/pickUtmParams';

/** The keys a campaign link must carry; `utm_term` and `utm_content` are optional. */
export const REQUIRED_UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign'] as const satisfies readonly UtmKey[];

/** Why a value cannot be used: empty where it is required, or longer than the site carries (MAX_UTM_VALUE / MAX_UTM_ENCODED). */
export type CampaignProblem = 'required' | 'tooLong';

/** The fields as typed, each with its key, in the form's order. */
export type CampaignInput = ReadonlyArray<readonly [UtmKey, string]>;

export interface CampaignCheck {
	/** Each field's value as the link will carry it (normaliseCampaignValue), empty when the field is. */
	values: Partial<Record<UtmKey, string>>;
	/** What is wrong with a field, for each field that cannot be used. */
	problems: Partial<Record<UtmKey, CampaignProblem>>;
	/** The parameters for the link, as pickUtmParams reads them (the standard order, no empty ones), when nothing is wrong; otherwise null. */
	utm: Array<[UtmKey, string]> | null;
}

/**
 * A campaign value as analytics tools group it: lower case, no spaces (runs of white space become one hyphen, ends
 * trimmed), well-formed Unicode (a lone surrogate, which a link cannot carry, becomes U+FFFD), and without the control
 * and invisible characters the site would drop on arrival (stripInvisible): the field shows what the link carries.
 */
export function normaliseCampaignValue(raw: string): string {
	return stripInvisible(raw.toWellFormed()).trim().toLowerCase().replace(/\s+/gu, '-');
}

/**
 * Normalises every field and checks it: a required one must not be empty, and none may be cut by pickUtmParams (which
 * caps every value it reads: MAX_UTM_VALUE characters, MAX_UTM_ENCODED once encoded). The keys come from the form, which
 * the page renders from UTM_KEYS, so the browser needs nothing from pickUtmParams.ts but the parser itself.
 */
export function checkCampaign(input: CampaignInput): CampaignCheck {
	const normalised = input.map(([key, raw]) => [key, normaliseCampaignValue(raw)] as const);
	const carried = pickUtmParams(new URLSearchParams(normalised.map(([key, value]) => [key, value])));
	const carriedValues = new Map<UtmKey, string>(carried);
	const values: Partial<Record<UtmKey, string>> = {};
	const problems: Partial<Record<UtmKey, CampaignProblem>> = {};
	for (const [key, value] of normalised) {
		values[key] = value;
		if (value === '') {
			if ((REQUIRED_UTM_KEYS as readonly UtmKey[]).includes(key)) problems[key] = 'required';
		} else if (carriedValues.get(key) !== value) {
			problems[key] = 'tooLong';
		}
	}
	return { values, problems, utm: Object.keys(problems).length === 0 ? carried : null };
}

/**
 * The calculator's answer query for a preset: each answer field with the ids chosen, in the order given (the tool's form
 * lists them in the model's canonical order), lists comma-joined, fields with nothing chosen left out so they keep the
 * calculator's defaults. It is the format serializeAnswers writes and parseAnswers reads (the unit tests prove both);
 * it is not imported from src/lib/risk because the browser would then download the risk model's whole chunk for it.
 */
export function presetQuery(fields: ReadonlyArray<readonly [string, readonly string[]]>): string {
	// Ids are [a-z-] only, as in serializeAnswers: nothing to escape, and the commas stay readable.
	return fields
		.filter(([, ids]) => ids.length > 0)
		.map(([name, ids]) => `${name}=${ids.join(',')}`)
		.join('&');
}

/**
 * The absolute campaign link: the page `path` (root-relative, with its trailing slash) on the site's origin, then the
 * calculator preset, if any, then the utm_* parameters (percent-encoded by URLSearchParams; values have no spaces).
 */
export function campaignLink(site: string | URL, path: string, utm: ReadonlyArray<readonly [UtmKey, string]>, preset = ''): string {
	const query = [preset, new URLSearchParams(utm.map(([key, value]) => [key, value])).toString()].filter(Boolean).join('&');
	return `${new URL(path, site).href}${query ? `?${query}` : ''}`;
}

/** The QR code file's name, from the campaign: `qr-spring-sale.svg`; anything but letters, digits, `-` and `_` becomes `-`. */
export function qrFileName(campaign: string): string {
	const stem = campaign.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '');
	// Cut by code points, so an astral letter is never split.
	return `qr-${Array.from(stem).slice(0, 60).join('') || 'campaign'}.svg`;
}

/**
 * The downloaded QR code's SVG with a `<title>` (what the file links to: an image viewer or a screen reader names the
 * code by it), placed first inside the root `<svg>` as SVG wants it; the text is escaped for XML.
 */
export function svgWithTitle(source: string, title: string): string {
	const open = /<svg\b[^>]*>/.exec(source);
	if (!open) throw new Error('not an SVG document');
	const escaped = title.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
	const end = open.index + open[0].length;
	return `${source.slice(0, end)}<title>${escaped}</title>${source.slice(end)}`;
}
