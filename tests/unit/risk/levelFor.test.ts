import { expect, test } from 'vitest';
import { RISK_LEVELS } from '@/lib/risk/factors';
import { levelFor } from '@/lib/risk/scoreRisk';
import { RISK_WEIGHTS } from '@/lib/risk/weights';

test('each level starts exactly at its floor, and one point below it is the level before', () => {
	RISK_LEVELS.forEach((level, i) => {
		const floor = RISK_WEIGHTS.levelFloor[level];
		expect(levelFor(floor)).toBe(level);
		if (i > 0) expect(levelFor(floor - 1)).toBe(RISK_LEVELS[i - 1]);
	});
});

test('the whole scale is covered: 0 is the lowest level and 100 the highest', () => {
	expect(levelFor(0)).toBe(RISK_LEVELS[0]);
	expect(levelFor(100)).toBe(RISK_LEVELS.at(-1));
});

test('levels never go down as the score rises', () => {
	const ranks = Array.from({ length: 101 }, (_, overall) => RISK_LEVELS.indexOf(levelFor(overall)));
	expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
});

test('out-of-range input still gets a level', () => {
	expect(levelFor(-5)).toBe('low');
	expect(levelFor(Number.NaN)).toBe('low');
	expect(levelFor(1e9)).toBe('critical');
});
