// Reads a Chromium performance trace of one page load: the main thread's long tasks after the first contentful paint
// (what Lighthouse's Total Blocking Time counts) and what the longest of them spent its time on. Used by `npm run bench`.

/** The fields of a Chrome trace event this module reads (the Trace Event Format). */
export interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	/** Start, µs. */
	ts: number;
	/** Duration of a complete ('X') event, µs. */
	dur?: number;
	args?: { beginData?: { url?: string }; data?: Record<string, unknown> };
}

/** What the renderer's work is called in the trace, by the kind of work it is. */
const WORK_OF: Readonly<Record<string, Work>> = {
	ParseHTML: 'parse',
	EvaluateScript: 'script',
	FunctionCall: 'script',
	EventDispatch: 'script',
	TimerFire: 'script',
	RunMicrotasks: 'script',
	'v8.compile': 'script',
	UpdateLayoutTree: 'style',
	ParseAuthorStyleSheet: 'style',
	Layout: 'layout',
	'FontCache::GetFontPlatformData': 'fonts',
	PrePaint: 'paint',
	Paint: 'paint',
	Layerize: 'paint',
	Commit: 'paint',
	UpdateLayer: 'paint',
};
export const WORK_KINDS = ['parse', 'script', 'style', 'layout', 'fonts', 'paint'] as const;
export type Work = (typeof WORK_KINDS)[number];

export interface LongTaskFigures {
	/** The longest main-thread task that ends after the first contentful paint, ms. */
	longestMs: number;
	/** Σ of each task's time past 50 ms, counted from the first contentful paint on (Lighthouse's TBT rule), ms. */
	blockingMs: number;
	/** Tasks over 50 ms after the first contentful paint. */
	longTasks: number;
	/** The longest task's own time per kind of work (a font look-up inside layout counts as fonts, not layout), ms. */
	work: Record<Work | 'other', number>;
}

const LONG_TASK_MS = 50;
const isTask = (e: TraceEvent) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
const ms = (us: number) => Math.round(us / 100) / 10;

/** Each kind of work's own (exclusive) time within `task`: nested events are subtracted from the one around them. */
export function taskWork(task: TraceEvent, threadEvents: readonly TraceEvent[]): LongTaskFigures['work'] {
	const inside = threadEvents
		.filter((e) => e.ph === 'X' && e !== task && e.name in WORK_OF && e.ts >= task.ts && end(e) <= end(task))
		.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
	const own = new Map<TraceEvent, number>(inside.map((e) => [e, e.dur ?? 0]));
	const open: TraceEvent[] = [];
	for (const event of inside) {
		while (open.length > 0 && end(open[open.length - 1] as TraceEvent) <= event.ts) open.pop();
		const parent = open[open.length - 1];
		if (parent) own.set(parent, (own.get(parent) ?? 0) - (event.dur ?? 0));
		open.push(event);
	}
	const work = { parse: 0, script: 0, style: 0, layout: 0, fonts: 0, paint: 0, other: 0 };
	for (const [event, time] of own) work[WORK_OF[event.name] as Work] += time;
	const counted = WORK_KINDS.reduce((sum, kind) => sum + work[kind], 0);
	work.other = Math.max(0, (task.dur ?? 0) - counted);
	return Object.fromEntries(Object.entries(work).map(([kind, time]) => [kind, ms(time)])) as LongTaskFigures['work'];
}

/**
 * The long tasks of the load of `url` in `events`: on the main thread that parsed that document, from its first
 * contentful paint to the end of the trace. Throws when the trace has no such document or no first paint.
 */
export function longTaskFigures(events: readonly TraceEvent[], url: string): LongTaskFigures {
	const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
	if (!parse) throw new Error(`the trace has no ParseHTML of ${url}`);
	const thread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid);
	const fcp = thread.find((e) => e.name === 'firstContentfulPaint' && e.ts >= parse.ts);
	if (!fcp) throw new Error(`the trace has no first contentful paint of ${url}`);
	const after = thread.filter((e) => isTask(e) && end(e) > fcp.ts);
	let blocking = 0;
	let longTasks = 0;
	for (const task of after) {
		const clipped = end(task) - Math.max(task.ts, fcp.ts);
		if ((task.dur ?? 0) / 1000 > LONG_TASK_MS) longTasks += 1;
		blocking += Math.max(0, clipped / 1000 - LONG_TASK_MS);
	}
	const longest = after.reduce<TraceEvent | undefined>((best, task) => ((task.dur ?? 0) > (best?.dur ?? -1) ? task : best), undefined);
	return {
		longestMs: ms(longest?.dur ?? 0),
		blockingMs: Math.round(blocking),
		longTasks,
		work: longest ? taskWork(longest, thread) : { parse: 0, script: 0, style: 0, layout: 0, fonts: 0, paint: 0, other: 0 },
	};
}
