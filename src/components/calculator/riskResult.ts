/** <risk-result> (RiskResult.astro): writes the score, level, meters and explanation; announces level changes. */
import { explainResult } from '@/lib/risk/explainResult';
import { RISK_DIMENSIONS, type RiskLevel } from '@/lib/risk/factors';
import { LEVEL_LABEL } from '@/lib/risk/labelKeys';
import { $result } from '@/stores/riskAnswers';
import { pageTranslator } from './pageTranslator';

class RiskResult extends HTMLElement {
	connectedCallback() {
		const find = (selector: string) => this.querySelector<HTMLElement>(selector);
		const panel = find('[data-panel]');
		const box = find('[data-level-box]');
		const overall = find('[data-overall]');
		const levelLabel = find('[data-level-label]');
		const explanation = find('[data-explanation]');
		const announce = find('[data-announce]');
		if (!panel || !box || !overall || !levelLabel || !explanation || !announce) return;
		const t = pageTranslator();
		const dimensions = RISK_DIMENSIONS.map((d) => ({
			d,
			meter: this.querySelector<HTMLMeterElement>(`[data-meter="${d}"]`),
			score: find(`[data-score="${d}"]`),
		}));

		let shownLevel: RiskLevel | undefined;
		$result.subscribe((result) => {
			const level = t(LEVEL_LABEL[result.level]);
			overall.textContent = String(result.overall);
			levelLabel.textContent = level;
			box.dataset.level = result.level;
			explanation.textContent = explainResult(result, t);
			for (const { d, meter, score } of dimensions) {
				if (meter) meter.value = result.scores[d];
				if (score) score.textContent = String(result.scores[d]);
			}
			// Announce a change of level only, not every score change, and nothing on first render.
			if (shownLevel !== undefined && shownLevel !== result.level) {
				announce.textContent = t('calc.result.levelLine', { level, score: result.overall });
			}
			shownLevel = result.level;
		});
		panel.hidden = false;
	}
}

customElements.define('risk-result', RiskResult);
