/** One year's adoption figure, as the statistics collection stores it. */
export interface AdoptionPoint {
	year: number;
	adoptionPercent: number;
}

/** The change from one year to the next. */
export interface YearChange {
	year: number;
	/** Percentage points gained since the previous year. */
	points: number;
	/** Relative growth since the previous year, in percent. */
	growthPercent: number;
}

export interface AdoptionTrend {
	first: AdoptionPoint;
	last: AdoptionPoint;
	/** Percentage points gained between the first and the last year. */
	risePoints: number;
	/** Average percentage points gained per year. */
	averagePointsPerYear: number;
	changes: YearChange[];
	/** Whether the share grew every single year. */
	growsEveryYear: boolean;
	/** The year-on-year changes with the most points gained: several when years tie. */
	largestRises: YearChange[];
}

/**
 * Derives the figures the summary sentences quote, from the data alone, so no number is typed twice.
 * Expects consecutive years in ascending order (the collection schema guarantees it) and throws otherwise.
 */
export function adoptionTrend(points: readonly AdoptionPoint[]): AdoptionTrend {
	const first = points[0];
	const last = points.at(-1);
	if (!first || !last || points.length < 2) throw new Error('adoptionTrend needs at least two years of data.');
	const changes = points.slice(1).map((point, i): YearChange => {
		const previous = points[i] as AdoptionPoint;
		if (point.year !== previous.year + 1) {
			throw new Error(`Adoption data jumps from ${previous.year} to ${point.year}: add the missing year.`);
		}
		return {
			year: point.year,
			points: round1(point.adoptionPercent - previous.adoptionPercent),
			growthPercent: round1(((point.adoptionPercent - previous.adoptionPercent) / previous.adoptionPercent) * 100),
		};
	});
	const span = last.year - first.year;
	const most = Math.max(...changes.map((c) => c.points));
	return {
		first,
		last,
		risePoints: round1(last.adoptionPercent - first.adoptionPercent),
		averagePointsPerYear: round1((last.adoptionPercent - first.adoptionPercent) / span),
		changes,
		growsEveryYear: changes.every((c) => c.points > 0),
		largestRises: changes.filter((c) => c.points === most),
	};
}

/** Rounds to one decimal place: the precision the summaries print. */
function round1(value: number): number {
	return Math.round(value * 10) / 10;
}
