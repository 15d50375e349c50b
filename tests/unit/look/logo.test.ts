import { expect, test } from 'vitest';
import { fitHeight, svgSize } from '@/lib/look/logo';

test('an SVG’s size is its width and height, else its viewBox', () => {
	expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" width="240" height="64" viewBox="0 0 120 32"></svg>')).toEqual({ width: 240, height: 64 });
	expect(svgSize('<svg width="240px" height="64px"></svg>')).toEqual({ width: 240, height: 64 });
	expect(svgSize("<?xml version='1.0'?>\n<svg viewBox='0 0 300 80'><path d='M0 0'/></svg>")).toEqual({ width: 300, height: 80 });
	expect(svgSize('<svg width="100%" height="100%" viewBox="0,0,50,20"></svg>')).toEqual({ width: 50, height: 20 });
});

test('an SVG without proportions, or no SVG at all, fails saying so', () => {
	expect(() => svgSize('<svg></svg>')).toThrow('neither a width and height nor a viewBox');
	expect(() => svgSize('<png/>')).toThrow('not an SVG');
});

test('a size is scaled to a height, and shrunk whole when it would be too wide', () => {
	expect(fitHeight({ width: 300, height: 80 }, 32)).toEqual({ width: 120, height: 32 });
	expect(fitHeight({ width: 1000, height: 50 }, 32, 200)).toEqual({ width: 200, height: 10 });
});
