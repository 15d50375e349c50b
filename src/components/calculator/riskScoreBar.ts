/**
 * <oip-risk-score-bar> (RiskScoreBar.astro): keeps the phone bar's score and level in step with the answers, and scrolls
 * a control the reader focuses out from under the bar (the browser sees it on screen and would leave it covered).
 */
import { defineIsland, Island, islandTranslator, parts } from '@/components/island';
import { LEVEL_LABEL } from '@/lib/risk/labelKeys';
import { riskStore } from '@/stores/riskAnswers';

/** Space kept between the focused answer and the bar, in CSS pixels. */
const GAP = 8;

class RiskScoreBar extends Island {
	connectedCallback() {
		const t = islandTranslator(this);
		const { link, barScore, barLevel } = parts(this, { link: HTMLAnchorElement, barScore: HTMLElement, barLevel: HTMLElement });
		this.onDisconnect(
			riskStore().$result.subscribe((result) => {
				barScore.textContent = String(result.overall);
				barLevel.textContent = t(LEVEL_LABEL[result.level]);
			}),
		);
		this.listen(document, 'focusin', (event) => {
			const target = event.target;
			if (!(target instanceof HTMLElement) || this.contains(target) || link.offsetParent === null) return;
			// An answer is its box and its label: both must be readable.
			const covered = (target.parentElement ?? target).getBoundingClientRect().bottom + GAP - link.getBoundingClientRect().top;
			if (covered > 0) window.scrollBy({ top: covered, behavior: 'instant' });
		});
		this.dataset['ready'] = '';
	}
}

defineIsland('oip-risk-score-bar', RiskScoreBar);
