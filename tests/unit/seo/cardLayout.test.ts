// The card's layout: colours from the site's tokens, the mark from its favicon, the text fitted into its places.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitGraphemes } from '@/lib/i18n/graphemes';
import { CARD_TOKENS, cardColors, cardTree, layoutCard, logoMark, markImage, TITLE_SIZES, type CardNode } from '@/lib/seo/cardLayout';
import { CARD_HEIGHT, CARD_WIDTH, type CardText } from '@/lib/seo/socialCard';
import { ELLIPSIS, type MeasureText } from '@/lib/seo/wrapText';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const measure: MeasureText = (text) => splitGraphemes(text).length * 0.6;

const text: CardText = {
	section: 'guide',
	label: 'Ръководство',
	title: 'Местоположение на изпълнителя и риск за интелектуалната собственост',
	brand: 'Аутсорсинг и интелектуална собственост',
	address: 'outsourcing-ip.example',
	alt: '',
};

/** Every string the tree draws, in order. */
const strings = (node: CardNode): string[] => {
	const { children } = node.props;
	if (typeof children === 'string') return [children];
	return (children ?? []).flatMap(strings);
};

describe('colours', () => {
	test('are the light theme’s values of the site’s tokens', () => {
		const colors = cardColors(readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8'));
		expect(Object.keys(colors).sort()).toEqual([...CARD_TOKENS].sort());
		expect(colors.accent).toBe('#0b5cad');
		for (const value of Object.values(colors)) expect(value).toMatch(/^#[0-9a-f]{3,8}$/i);
	});

	test('a token the stylesheet lacks fails, naming it', () => {
		expect(() => cardColors(':root { --bg: #fff; }')).toThrow('--text');
	});
});

test('the mark is the favicon’s shape in one colour', () => {
	const mark = markImage(readFileSync(join(ROOT, 'public/favicon.svg'), 'utf8'), '#0b5cad');
	const svg = atob(mark.replace(/^data:image\/svg\+xml;base64,/, ''));
	expect(svg).toContain('fill="#0b5cad"');
	expect(svg).not.toContain('<style');
	expect(() => markImage('<svg></svg>', '#000')).toThrow();
});

const COLORS = { bg: '#fff', text: '#000', 'text-muted': '#333', border: '#ccc', accent: '#00f', 'accent-soft': '#eef' };

describe('layout', () => {
	test('a long Bulgarian title takes more, smaller lines', () => {
		const { title } = layoutCard(text, measure);
		expect(title.truncated).toBe(false);
		expect(title.fontSize).toBeLessThan(TITLE_SIZES[0]!.fontSize);
		expect(title.lines.join(' ')).toBe(text.title);
	});

	test('a short title keeps the largest size', () => {
		expect(layoutCard({ ...text, title: 'Речник' }, measure).title).toMatchObject({ fontSize: TITLE_SIZES[0]!.fontSize, lines: ['Речник'] });
	});

	test('a title too long for the card is cut with an ellipsis at the smallest size', () => {
		const { title } = layoutCard({ ...text, title: `${text.title} `.repeat(4) }, measure);
		const smallest = TITLE_SIZES.at(-1)!;
		expect(title).toMatchObject({ fontSize: smallest.fontSize, truncated: true });
		expect(title.lines).toHaveLength(smallest.maxLines);
		expect(title.lines.at(-1)?.endsWith(ELLIPSIS)).toBe(true);
	});

	test('a label too long to sit beside the address is cut to one line', () => {
		const { label } = layoutCard({ ...text, label: 'Ръководства, статистика и калкулатор на риска за интелектуалната собственост' }, measure);
		expect(label).toMatchObject({ truncated: true });
		expect(label.lines).toHaveLength(1);
	});

	test('the tree is the card’s size and draws the label, every title line, the address and the brand', () => {
		const layout = layoutCard(text, measure);
		const tree = cardTree(text, layout, COLORS, { src: 'data:image/svg+xml;base64,', width: 52, height: 52 });
		expect(tree.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
		expect(strings(tree)).toEqual([text.label, text.address, ...layout.title.lines, text.brand]);
	});

	test('a firm’s logo is drawn in the box it is given, its file as it is (UTF-8 text included)', () => {
		const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50"><title>Кантора</title><path d="M0 0h200v50H0z"/></svg>';
		const mark = logoMark(svg, { width: 208, height: 52 });
		const bytes = Uint8Array.from(atob(mark.src.replace(/^data:image\/svg\+xml;base64,/, '')), (c) => c.charCodeAt(0));
		expect(new TextDecoder().decode(bytes)).toBe(svg);
		const images: CardNode[] = [];
		const walk = (node: CardNode) => {
			if (node.type === 'img') images.push(node);
			if (Array.isArray(node.props.children)) for (const child of node.props.children as CardNode[]) walk(child);
		};
		walk(cardTree(text, layoutCard(text, measure), COLORS, mark));
		expect(images.map((image) => image.props)).toEqual([{ src: mark.src, width: 208, height: 52 }]);
	});
});
