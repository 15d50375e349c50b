// When the law behind a page was last checked: a guide shows the oldest check date of the provisions it cites, and the
// build warns when a provision has not been checked for a year.

/** The oldest of the dates on which the given provisions were checked, or undefined for none. */
export function lawCheckedOn(sources: readonly { readonly checked: Date }[]): Date | undefined {
	return sources.reduce<Date | undefined>((oldest, { checked }) => (oldest === undefined || checked < oldest ? checked : oldest), undefined);
}

/** How long a check stays current: a provision last read more than this many months before the build is due again. */
export const REVIEW_MONTHS = 12;

/** The date `months` calendar months before `now` (the same day of the month, clamped to the month's end). */
export function monthsBefore(now: Date, months: number): Date {
	const target = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
	const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(now.getUTCDate(), lastDay));
	return target;
}

/** The provisions last checked more than REVIEW_MONTHS months before `now`, oldest first. */
export function staleSources<T extends { readonly checked: Date }>(sources: readonly T[], now: Date, months = REVIEW_MONTHS): T[] {
	const due = monthsBefore(now, months);
	return sources.filter((s) => s.checked < due).sort((a, b) => a.checked.getTime() - b.checked.getTime());
}
