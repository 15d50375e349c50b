// Draws a social card at build time: the layout (src/lib/seo/cardLayout.ts) → SVG with the text as outlines (satori)
// → PNG (resvg). The site's typeface (`look.font`; Noto Sans for the system font), self-hosted from npm (Fontsource),
// in its Latin and Cyrillic subsets, 400 and 700 (src/build/look/cardFonts.ts).
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { CARD_FONT_FAMILIES, cardTree, layoutCard, type CardColors, type CardMark } from '@/lib/seo/cardLayout';
import { CARD_HEIGHT, CARD_WIDTH, type CardText } from '@/lib/seo/socialCard';
import { siteConfig } from '@/site.config';
import { cardFontFiles } from '../look/cardFonts';
import { fontMetrics, textWidth, type FontMetrics } from './fontMetrics';
import { recordCard } from './cardStats';
import { withPngText } from './pngText';

/**
 * Every font once per build: each subset in both weights, under its own family name (satori keeps one font per name
 * and weight), Latin first: the card's font-family lists both, and satori takes each glyph from the first that has it.
 */
let loaded: { fonts: Font[]; bold: FontMetrics[]; measureBold: (text: string) => number } | undefined;
function fonts() {
	if (!loaded) {
		const files = cardFontFiles(siteConfig.look?.font);
		const bold = files.filter((file) => file.weight === 700).map((file) => fontMetrics(file.data));
		loaded = {
			fonts: files.map(({ subset, weight, data }) => ({ name: CARD_FONT_FAMILIES[subset], data, weight, style: 'normal' as const })),
			bold,
			measureBold: textWidth(bold),
		};
	}
	return loaded;
}

/** Width in ems of a text in the card's bold weight, each character from the first subset that has it. */
export const measureCardText = (text: string): number => fonts().measureBold(text);

/** Whether the card's fonts draw every character of `text` (none would show as an empty box). */
export function cardFontsCover(text: string): boolean {
	const { bold } = fonts();
	for (const character of text.replace(/\s/gu, '')) {
		const codePoint = character.codePointAt(0) ?? 0;
		if (!bold.some((font) => font.advance(codePoint) !== undefined)) return false;
	}
	return true;
}

/** The PNG of one card. */
export async function renderCard(text: CardText, colors: CardColors, mark: CardMark): Promise<Uint8Array<ArrayBuffer>> {
	const started = performance.now();
	const { fonts: fontOptions, measureBold } = fonts();
	const tree = cardTree(text, layoutCard(text, measureBold), colors, mark);
	const svg = await satori(tree, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: fontOptions });
	const drawn = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
	// The title it shows, as PNG metadata: tests/dist/og.test.ts checks it against the page's own title.
	const png = withPngText(drawn, 'Title', text.title);
	recordCard(performance.now() - started, png.byteLength);
	return new Uint8Array(png);
}
