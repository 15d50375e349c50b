import { describe, expect, test } from 'vitest';
import { longTaskFigures, taskWork, type TraceEvent } from '@/build/checks/longTasks';

const URL = 'http://127.0.0.1:4341/guides/x/';
const main = { pid: 1, tid: 7 };
/** A complete event on the page's main thread; times in ms. */
const x = (name: string, start: number, duration: number, thread = main): TraceEvent => ({ name, ph: 'X', ...thread, ts: start * 1000, dur: duration * 1000 });
const parse = (start: number, duration: number): TraceEvent => ({ ...x('ParseHTML', start, duration), args: { beginData: { url: URL } } });
const fcp = (at: number): TraceEvent => ({ name: 'firstContentfulPaint', ph: 'I', ...main, ts: at * 1000 });

describe('longTaskFigures', () => {
	test('counts blocking time from the first contentful paint on, clipping a task that straddles it', () => {
		const events = [
			x('RunTask', 100, 30),
			parse(100, 20),
			x('RunTask', 200, 180), // before the paint: not counted
			fcp(400),
			x('RunTask', 380, 100), // 80 ms after the paint: 30 ms blocking
			x('RunTask', 500, 120), // 70 ms blocking
			x('RunTask', 700, 40), // short
		];
		const figures = longTaskFigures(events, URL);
		expect(figures.blockingMs).toBe(100);
		expect(figures.longTasks).toBe(2);
		expect(figures.longestMs).toBe(120);
	});

	test('reads only the thread that parsed the page', () => {
		const other = { pid: 2, tid: 9 };
		const events = [parse(10, 5), fcp(50), x('RunTask', 60, 300, other), x('RunTask', 60, 70)];
		expect(longTaskFigures(events, URL)).toMatchObject({ longestMs: 70, blockingMs: 20, longTasks: 1 });
	});

	test('a page without long tasks blocks nothing', () => {
		expect(longTaskFigures([parse(0, 5), fcp(10), x('RunTask', 20, 10)], URL)).toMatchObject({ blockingMs: 0, longTasks: 0, longestMs: 10 });
	});

	test('says which document or paint is missing', () => {
		expect(() => longTaskFigures([fcp(10)], URL)).toThrow(/no ParseHTML of http/);
		expect(() => longTaskFigures([parse(0, 5)], URL)).toThrow(/no first contentful paint/);
	});
});

describe('taskWork', () => {
	test('gives each kind of work its own time: nested events are taken out of the one around them', () => {
		const task = x('RunTask', 0, 200);
		const events = [
			task,
			x('ParseHTML', 0, 30),
			x('EvaluateScript', 5, 10), // inside the parse
			x('UpdateLayoutTree', 40, 20),
			x('Layout', 60, 100),
			x('FontCache::GetFontPlatformData', 70, 30), // inside layout, twice nested in Chromium's traces
			x('FontCache::GetFontPlatformData', 70, 29),
			x('Paint', 170, 10),
			x('Layout', 300, 50), // another task's
		];
		expect(taskWork(task, events)).toEqual({ parse: 20, script: 10, style: 20, layout: 70, fonts: 30, paint: 10, other: 40 });
	});
});
