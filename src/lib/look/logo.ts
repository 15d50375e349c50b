// The firm's logo (`look.logo` in src/site.config.ts, an SVG in public/): its proportions, read from the file, so the
// header and the social cards reserve its exact box before it is drawn.

/** An image's box. */
export interface Size {
	width: number;
	height: number;
}

const number = (value: string | undefined) => (value === undefined ? Number.NaN : Number.parseFloat(value));

/** The SVG's own size: its `width` and `height` in user units or px, else its `viewBox`. Throws naming what is missing. */
export function svgSize(svg: string): Size {
	const root = /<svg\b[^>]*>/i.exec(svg)?.[0];
	if (!root) throw new Error('not an SVG file (no <svg> element)');
	const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1];
	const width = number(attribute('width')?.replace(/px$/, ''));
	const height = number(attribute('height')?.replace(/px$/, ''));
	if (width > 0 && height > 0 && !/%/.test(`${attribute('width') ?? ''}${attribute('height') ?? ''}`)) return { width, height };
	const [, , boxWidth, boxHeight] = (attribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
	if (boxWidth && boxHeight && boxWidth > 0 && boxHeight > 0) return { width: boxWidth, height: boxHeight };
	throw new Error('the SVG gives neither a width and height nor a viewBox: its proportions are unknown');
}

/** `size` scaled to `height`, its width rounded and no wider than `maxWidth` (then both shrink). */
export function fitHeight(size: Size, height: number, maxWidth = Number.POSITIVE_INFINITY): Size {
	const scale = Math.min(height / size.height, maxWidth / size.width);
	return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}
