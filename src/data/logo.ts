// The firm's logo file (`look.logo` in src/site.config.ts) from public/, read at build time for its proportions (the
// header) and its drawing (the social cards). Undefined when the site shows its own mark.
import { svgSize, type Size } from '@/lib/look/logo';
import { siteConfig } from '@/site.config';

const PUBLIC_SVGS = import.meta.glob<string>('/public/**/*.svg', { query: '?raw', import: 'default', eager: true });

export interface Logo extends Size {
	/** Its address on the site (`/logo.svg`). */
	path: string;
	/** The file's text. */
	svg: string;
}

function readLogo(path: string | undefined): Logo | undefined {
	if (path === undefined) return undefined;
	const svg = PUBLIC_SVGS[`/public${path}`];
	if (svg === undefined) throw new Error(`src/site.config.ts: look.logo = "${path}" is no SVG file in public/`);
	try {
		return { path, svg, ...svgSize(svg) };
	} catch (error) {
		throw new Error(`public${path} (look.logo in src/site.config.ts): ${(error as Error).message}`, { cause: error });
	}
}

/** The configured logo, or undefined. */
export const logo = readLogo(siteConfig.look?.logo);
