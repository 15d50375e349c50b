/**
 * A percentage typed into text ("45%", "12  %", "80 percent", "9 процента", "8 percentage points", "％"): guides
 * must quote figures from the data set (<AdoptionFigure>), so the build rejects these.
 */
const TYPED_PERCENTAGE = /\d+(?:[.,]\d+)?\s*(?:%|％|‰|per\s?cents?\b|percentages?\b|процент\p{L}*)/iu;

/** The first typed percentage in a text, or undefined. */
export function findTypedPercentage(text: string): string | undefined {
	return TYPED_PERCENTAGE.exec(text)?.[0];
}
