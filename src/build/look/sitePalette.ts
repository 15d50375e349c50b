// The site's palette with the firm's colours, read from the stylesheets on disk (for the build's contrast check and
// the tests; pages import the stylesheets through Vite instead).
import { readFileSync } from 'node:fs';
import { brandPalette, stylesheetPalette, type Palette, type ThemeColors } from '../../lib/look/palette.ts';

const STYLESHEETS = ['global.css', 'charts.css'].map((name) => new URL(`../../styles/${name}`, import.meta.url));

/** The stylesheets' palette with `colors` in place of its own, or as it is without them. */
export function sitePalette(colors: ThemeColors | undefined): Palette {
	return brandPalette(stylesheetPalette(...STYLESHEETS.map((file) => readFileSync(file, 'utf8'))), colors);
}
