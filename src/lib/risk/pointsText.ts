import type { Translate } from '@/lib/i18n/translator';

/** "1 point" / "9 points" (both site languages have one singular form, for exactly 1). */
export function pointsText(points: number, t: Translate): string {
	return t(points === 1 ? 'calc.points.one' : 'calc.points.other', { count: points });
}
