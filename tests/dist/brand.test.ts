// The firm's brand colours (`look.colors` in the configuration the site was built with) are what the built pages
// paint with: the last declaration of each colour token in a page's CSS, in both themes. Without brand colours, the
// stylesheets' own; the social cards' accent too; the header's logo. (Contrast is checked before the build: src/build/integrations/brandColors.ts.)
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { sitePalette } from '@/build/look/sitePalette';
import { fitHeight, svgSize } from '@/lib/look/logo';
import { CHART_TOKENS, SITE_TOKENS, THEMES, toHex, type PaletteToken } from '@/lib/look/palette';
import { siteConfig } from '@/site.config';
import { DIST, htmlFiles, readDist } from '../support/dist';
import { all, attribute, parseHtml } from '../support/html';

const palette = sitePalette(siteConfig.look?.colors);

/** The light and dark value of the last `--token: light-dark(…, …)` in a page, as hex; undefined when it has none. */
function lastDeclaration(html: string, token: PaletteToken): Record<(typeof THEMES)[number], string | undefined> | undefined {
	const matches = [...html.matchAll(new RegExp(`--${token}:\\s*light-dark\\(\\s*([^,()]+?)\\s*,\\s*([^()]+?)\\s*\\)`, 'g'))];
	const last = matches.at(-1);
	return last && { light: toHex(last[1] ?? ''), dark: toHex(last[2] ?? '') };
}

test('every page paints links, buttons and tinted boxes in the configured colours (or the site’s own), in both themes', () => {
	const pages = htmlFiles();
	expect(pages.length).toBeGreaterThan(10);
	for (const file of pages) {
		const html = readDist(file);
		for (const token of SITE_TOKENS) expect(lastDeclaration(html, token), `${file} --${token}`).toEqual({ light: palette.light[token], dark: palette.dark[token] });
	}
});

test('the statistics chart draws its bars in the configured accent (or the site’s own), in both themes', () => {
	const charted = htmlFiles().filter((file) => /--chart-bar:/.test(readDist(file)));
	expect(charted.length).toBeGreaterThanOrEqual(2);
	for (const file of charted) {
		for (const token of CHART_TOKENS) expect(lastDeclaration(readDist(file), token), `${file} --${token}`).toEqual({ light: palette.light[token], dark: palette.dark[token] });
	}
});

test('the social cards draw their accent bar in the configured primary colour of the light theme (or the site’s own)', async () => {
	const card = readDist('index.html').match(/<meta property="og:image" content="([^"]+)"/)?.[1];
	expect(card).toBeDefined();
	const { data, info } = await sharp(join(DIST, new URL(card ?? '').pathname)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
	// The bar is the card's left border, 24 px wide: a pixel in it, halfway down.
	const at = (Math.floor(info.height / 2) * info.width + 8) * info.channels;
	const hex = `#${[...data.subarray(at, at + 3)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
	expect(hex).toBe(palette.light.accent);
});

test('every page’s header shows the configured logo in its proportions, 32 px tall (or the site’s shield mark)', () => {
	const { logo } = siteConfig.look ?? {};
	const box = logo && fitHeight(svgSize(readDist(logo.slice(1))), 32, 200);
	for (const file of htmlFiles()) {
		const brand = all(parseHtml(readDist(file)), 'header .brand')[0];
		expect(brand, file).toBeDefined();
		if (!brand) continue;
		const images = all(brand, 'img').map((img) => ({ src: attribute(img, 'src'), alt: attribute(img, 'alt'), width: attribute(img, 'width'), height: attribute(img, 'height') }));
		if (box) expect(images, file).toEqual([{ src: logo, alt: '', width: String(box.width), height: String(box.height) }]);
		else expect({ images, marks: all(brand, 'svg.brand-mark').length }, file).toEqual({ images: [], marks: 1 });
	}
});
