// The font files the social cards draw with (src/build/og/renderCard.ts): the site's typeface (`look.font`), or Noto
// Sans for the system font, from its Fontsource package, as WOFF (satori reads no WOFF2). Kept apart from brandFont.ts,
// which imports astro/config: the cards are drawn inside the built pages' bundle.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cardFont, FONT_FACES, FONT_SUBSETS, fontFilePath, type FontFace, type FontId, type FontSubset } from '../../lib/look/fonts.ts';

const require = createRequire(import.meta.url);

/** One file the social cards draw with. */
export interface CardFontFile {
	subset: FontSubset;
	weight: FontFace['weight'];
	data: Buffer;
}

/** Each subset, regular and bold, Latin first. */
export function cardFontFiles(id: FontId | undefined): CardFontFile[] {
	const choice = cardFont(id);
	const upright = FONT_FACES.filter((face) => face.style === 'normal');
	return FONT_SUBSETS.flatMap((subset) => upright.map((face) => ({ subset, weight: face.weight, data: readFileSync(require.resolve(fontFilePath(choice, subset, face, 'woff'))) })));
}
