import { expect, test } from 'vitest';
import { RISK_LEVELS } from '@/lib/risk/factors';
import { levelFor } from '@/lib/risk/scoreRisk';
import { RISK_WEIGHTS } from '@/lib/risk/weights';

test.each([
	[0, 'low'],
	[24, 'low'],
	[25, 'moderate'],
	[49, 'moderate'],
	[50, 'high'],
	[74, 'high'],
	[75, 'critical'],
	[100, 'critical'],
] as const)('levelFor(%d) is %s', (overall, level) => {
	expect(levelFor(overall)).toBe(level);
});

test('each level starts exactly at its floor', () => {
	for (const level of RISK_LEVELS) expect(levelFor(RISK_WEIGHTS.levelFloor[level])).toBe(level);
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
