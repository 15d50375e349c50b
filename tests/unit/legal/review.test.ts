// The review date a guide shows and the build's warning for provisions not checked for a year.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { lawCheckedOn, monthsBefore, REVIEW_MONTHS, staleSources } from '@/lib/legal/review';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('lawCheckedOn', () => {
	test('is the oldest check date of the provisions, or undefined without any', () => {
		expect(lawCheckedOn([{ checked: day('2026-11-30') }, { checked: day('2026-03-01') }, { checked: day('2026-12-02') }])).toEqual(day('2026-03-01'));
		expect(lawCheckedOn([])).toBeUndefined();
	});

	test('is never later than any of the dates, and is one of them', () => {
		fc.assert(
			fc.property(fc.array(fc.date({ noInvalidDate: true }), { minLength: 1 }), (dates) => {
				const oldest = lawCheckedOn(dates.map((checked) => ({ checked })));
				expect(dates).toContainEqual(oldest);
				for (const d of dates) expect(oldest!.getTime()).toBeLessThanOrEqual(d.getTime());
			}),
		);
	});
});

describe('monthsBefore', () => {
	test('goes back whole calendar months, clamping to the end of a shorter month', () => {
		expect(monthsBefore(day('2026-12-02'), 12)).toEqual(day('2025-12-02'));
		expect(monthsBefore(day('2026-03-31'), 1)).toEqual(day('2026-02-28'));
		expect(monthsBefore(day('2028-03-31'), 1)).toEqual(day('2028-02-29'));
		expect(monthsBefore(day('2026-01-15'), 1)).toEqual(day('2025-12-15'));
	});
});

describe('staleSources', () => {
	const sources = [
		{ id: 'recent', checked: day('2026-11-30') },
		{ id: 'a-year-ago-today', checked: day('2025-12-02') },
		{ id: 'older', checked: day('2025-12-01') },
		{ id: 'oldest', checked: day('2024-06-01') },
	];

	test(`lists the provisions last checked more than ${REVIEW_MONTHS} months before the build, oldest first`, () => {
		expect(staleSources(sources, day('2026-12-02')).map((s) => s.id)).toEqual(['oldest', 'older']);
	});

	test('lists none when every provision was checked within the period', () => {
		expect(staleSources(sources.slice(0, 2), day('2026-12-02'))).toEqual([]);
	});
});
