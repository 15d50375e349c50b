// The social card's layout as a plain element tree (the shape satori takes instead of JSX), in the site's own colours:
// the section's label and the site's address, the title in lines already broken by fitTitle, and the brand with the
// site's mark.
import type { CardText } from './socialCard';
import { CARD_HEIGHT, CARD_WIDTH } from './socialCard';
import { fitTitle, wrapText, type FittedTitle, type MeasureText, type TitleSize, type WrappedText } from './wrapText';

/** An element of the card: a tag, its style and its children (satori's element shape). */
export interface CardNode {
	type: 'div' | 'img';
	props: {
		style?: Readonly<Record<string, string | number>>;
		children?: string | readonly CardNode[];
		src?: string;
		width?: number;
		height?: number;
	};
}

/** The design tokens a card uses (src/styles/global.css, light theme). */
export const CARD_TOKENS = ['bg', 'text', 'text-muted', 'border', 'accent', 'accent-soft'] as const;
export type CardColors = Readonly<Record<(typeof CARD_TOKENS)[number], string>>;

/**
 * The light-theme value of each card token in the site's stylesheet (`--accent: light-dark(#0b5cad, #8cbcf2)` gives
 * `#0b5cad`): cards follow the palette instead of copying it. Throws naming a token the stylesheet lacks.
 */
export function cardColors(css: string): CardColors {
	const entries = CARD_TOKENS.map((token) => {
		const match = new RegExp(`--${token}:\\s*(?:light-dark\\(\\s*)?(#[0-9a-fA-F]{3,8})`).exec(css);
		if (!match?.[1]) throw new Error(`the stylesheet has no colour --${token} for the social cards`);
		return [token, match[1]] as const;
	});
	return Object.fromEntries(entries) as Record<(typeof CARD_TOKENS)[number], string>;
}

/** The picture beside the brand: an image address satori can draw, in the box it takes. */
export interface CardMark {
	src: string;
	width: number;
	height: number;
}

/** The mark's height on the card; a wide logo keeps its proportions up to MARK_MAX_WIDTH. */
export const MARK_HEIGHT = 52;
export const MARK_MAX_WIDTH = 360;

/** The firm's logo file as the card's mark, in `size` (its proportions at the mark's height). */
export function logoMark(svg: string, size: { width: number; height: number }): CardMark {
	let binary = '';
	for (const byte of new TextEncoder().encode(svg)) binary += String.fromCharCode(byte);
	return { src: `data:image/svg+xml;base64,${btoa(binary)}`, ...size };
}

/** The site's mark (public/favicon.svg's shape) in one colour, as an image address satori can draw. */
export function markImage(faviconSvg: string, color: string): string {
	const shape = /<path\b[^>]*\bd="([^"]+)"/.exec(faviconSvg)?.[1];
	const viewBox = /viewBox="([^"]+)"/.exec(faviconSvg)?.[1];
	if (!shape || !viewBox) throw new Error('the favicon has no <path d> or viewBox to draw the card mark from');
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}"><path fill="${color}" d="${shape}"/></svg>`;
	return `data:image/svg+xml;base64,${btoa(svg)}`;
}

/** The names the card's font files are given (src/build/og/renderCard.ts), by subset: Latin first in the fallback order. */
export const CARD_FONT_FAMILIES = { latin: 'Card Latin', cyrillic: 'Card Cyrillic' } as const;

const ACCENT_BAR = 24;
const PADDING_X = 80;
/** The width inside the card's padding. */
const CONTENT_WIDTH = CARD_WIDTH - ACCENT_BAR - 2 * PADDING_X;
/** Lines are planned 3 % narrower than they may be: the advance widths leave out kerning. */
const KERNING_MARGIN = 0.97;
/** Title sizes from the largest down: short titles stay big, long ones take more, smaller lines. */
export const TITLE_SIZES: readonly TitleSize[] = [
	{ fontSize: 72, maxLines: 2 },
	{ fontSize: 64, maxLines: 3 },
	{ fontSize: 56, maxLines: 4 },
];
export const TITLE_WIDTH = Math.floor(CONTENT_WIDTH * KERNING_MARGIN);
const LINE_HEIGHT = 1.2;
const LABEL_SIZE = 28;
const LABEL_PADDING_X = 22;
const ADDRESS_SIZE = 24;
/** Space kept between the section label and the site's address. */
const LABEL_GAP = 32;

/** The card's text, fitted: the title in lines at the size it fits, the label on one line beside the address. */
export interface CardLayout {
	label: WrappedText;
	title: FittedTitle;
}

/**
 * Fits the card's text with `measure`, the bold font's widths (the address, set in the regular weight, is measured in
 * bold too, which only leaves it more room): the title at the largest size it fits whole (cut with "…" at the
 * smallest when it fits none), the label on one line in the room the address leaves.
 */
export function layoutCard(text: CardText, measure: MeasureText): CardLayout {
	const labelWidth = CONTENT_WIDTH * KERNING_MARGIN - 2 * LABEL_PADDING_X - LABEL_GAP - measure(text.address) * ADDRESS_SIZE;
	return {
		label: wrapText(text.label, { maxWidth: labelWidth / LABEL_SIZE, maxLines: 1, measure }),
		title: fitTitle(text.title, TITLE_SIZES, TITLE_WIDTH, measure),
	};
}

/** The card's element tree. */
export function cardTree(text: CardText, { label, title }: CardLayout, colors: CardColors, mark: CardMark): CardNode {
	const div = (style: Record<string, string | number>, children: string | readonly CardNode[]): CardNode => ({ type: 'div', props: { style, children } });
	return div(
		{
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			display: 'flex',
			flexDirection: 'column',
			backgroundColor: colors.bg,
			borderLeft: `${ACCENT_BAR}px solid ${colors.accent}`,
			padding: `64px ${PADDING_X}px 56px`,
			fontFamily: Object.values(CARD_FONT_FAMILIES).join(', '),
			overflow: 'hidden',
			boxSizing: 'border-box',
			color: colors.text,
		},
		[
			div({ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }, [
				div(
					{ fontSize: LABEL_SIZE, fontWeight: 700, color: colors.accent, backgroundColor: colors['accent-soft'], padding: `8px ${LABEL_PADDING_X}px`, borderRadius: 999, whiteSpace: 'nowrap' },
					label.lines.join(' '),
				),
				div({ fontSize: ADDRESS_SIZE, color: colors['text-muted'], whiteSpace: 'nowrap' }, text.address),
			]),
			div(
				{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' },
				title.lines.map((line) => div({ fontSize: title.fontSize, fontWeight: 700, lineHeight: LINE_HEIGHT, whiteSpace: 'nowrap' }, line)),
			),
			div({ display: 'flex', alignItems: 'center', borderTop: `2px solid ${colors.border}`, paddingTop: 28 }, [
				{ type: 'img', props: { src: mark.src, width: mark.width, height: mark.height } },
				div({ fontSize: 32, fontWeight: 700, marginLeft: 20, whiteSpace: 'nowrap' }, text.brand),
			]),
		],
	);
}
