// Score changes in words ("12 points", "−12 points", "no change"): shared by the calculator's islands and the compare
// page, which loads it without the calculator's own code (astro.config.mjs, the risk group).
import type { Translate } from '@/lib/i18n/translator';

/** "1 point" / "12 points" in the translator's language, by its plural rules. */
export function pointsText(points: number, t: Translate): string {
	return t.plural('calc.points', points);
}

/** A change of the overall score in words: "−12 points", "+3 points" or "no change". */
export function deltaText(delta: number, t: Translate): string {
	if (delta === 0) return t('calc.whatif.same');
	return t(delta < 0 ? 'calc.whatif.down' : 'calc.whatif.up', { points: pointsText(Math.abs(delta), t) });
}
