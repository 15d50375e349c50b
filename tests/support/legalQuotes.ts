// What the tests know about the quotations of the law: which EU provisions are still quoted only in English, and how
// to read the paragraph and point numbers a quotation carries. Shared by the content tests and the built-site tests.

/** A source as its YAML file holds it (the fields these tests read). */
export interface SourceYaml {
	law: string;
	pinpoint: { en: string; bg: string };
	quote: { en?: string; bg?: string };
}

/** A law as its YAML file holds it (the fields these tests read). */
export interface LawYaml {
	jurisdiction: 'bg' | 'eu' | 'international';
	url?: { en?: string; bg?: string };
}

const DIRECTIVE_2016_943 =
	'Directive (EU) 2016/943: the stored copies of its EUR-Lex page in Bulgarian show only the opening, and no other copy of the official Bulgarian wording of these articles was found (research of 2 December 2026).';
const DIRECTIVE_2004_48 =
	'Directive 2004/48/EC (Bulgarian text in the special edition of the Official Journal): no stored copy shows the official Bulgarian wording of these articles (research of 2 December 2026).';
const REGULATION_1215_2012 = 'Regulation (EU) No 1215/2012: no stored copy shows the official Bulgarian wording of these articles (research of 2 December 2026).';
const REGULATION_2017_1001 = 'Regulation (EU) 2017/1001: no stored copy shows the official Bulgarian wording of Art. 1(2) (research of 2 December 2026).';

const TSD_BG = 'https://eur-lex.europa.eu/legal-content/BG/TXT/?uri=CELEX:32016L0943';
const IPRED_BG = 'https://eur-lex.europa.eu/legal-content/BG/TXT/?uri=CELEX:32004L0048';
const BRUSSELS_BG = 'https://eur-lex.europa.eu/legal-content/BG/TXT/?uri=CELEX:32012R1215';
const EUTMR_BG = 'https://eur-lex.europa.eu/legal-content/BG/TXT/?uri=CELEX:32017R1001';

/**
 * EU provisions whose official Bulgarian wording has not been read yet, so Bulgarian pages show them in English (saying
 * so, and linking the official Bulgarian text). This list may only shrink: copy the Bulgarian paragraphs the English
 * quotation gives from `copyFrom` into the source's `quote.bg`, then delete its line here. Never translate.
 */
export const BULGARIAN_TEXT_NOT_YET_READ: Readonly<Record<string, { reason: string; copyFrom: string }>> = {
	'tsd-art-2': { reason: DIRECTIVE_2016_943, copyFrom: TSD_BG },
	'tsd-art-3': { reason: DIRECTIVE_2016_943, copyFrom: TSD_BG },
	'tsd-art-4': { reason: DIRECTIVE_2016_943, copyFrom: TSD_BG },
	'tsd-art-5': { reason: DIRECTIVE_2016_943, copyFrom: TSD_BG },
	'ipred-art-8': { reason: DIRECTIVE_2004_48, copyFrom: IPRED_BG },
	'ipred-art-11': { reason: DIRECTIVE_2004_48, copyFrom: IPRED_BG },
	'ipred-art-13': { reason: DIRECTIVE_2004_48, copyFrom: IPRED_BG },
	'brussels-ia-art-1': { reason: REGULATION_1215_2012, copyFrom: BRUSSELS_BG },
	'brussels-ia-art-36': { reason: REGULATION_1215_2012, copyFrom: BRUSSELS_BG },
	'eutmr-art-1': { reason: REGULATION_2017_1001, copyFrom: EUTMR_BG },
};

/** Bulgarian point letters in the order Bulgarian law lists them (й, ъ and ь are skipped), and their Latin counterparts. */
const CYRILLIC_POINTS = 'абвгдежзиклмнопрстуфхцчшщюя';
const LATIN_POINTS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The paragraph and point numbers a quotation carries, in order: "1.", "(7)", "7)" → "7"; "(a)", "a)", "а)" → "a"
 * (Bulgarian letters as their Latin counterparts). A number counts only at the start or after ". ", "; ", ": " or "… ",
 * so "Article 93(2)" or "point (h) of" inside a sentence do not.
 */
export function quoteMarkers(text: string): string[] {
	return [...text.matchAll(/(?:^|[.;:…]\s+)(?:\((\d+|[a-z])\)|(\d+)\.|(\d+|[a-zа-я])\))(?=\s)/gu)].map((m) => {
		const marker = m[1] ?? m[2] ?? m[3] ?? '';
		const cyrillic = CYRILLIC_POINTS.indexOf(marker);
		return cyrillic >= 0 && marker !== '' ? (LATIN_POINTS[cyrillic] ?? marker) : marker;
	});
}

/** The numbers a pinpoint names, in order: "Art. 46(1) and (2)(c)" and "чл. 46, пар. 1 и пар. 2, буква „в“" → 46, 1, 2. */
export const pinpointNumbers = (pinpoint: string): string[] => pinpoint.match(/\d+/g) ?? [];
