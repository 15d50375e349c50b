/** <oip-risk-result> (RiskResult.astro): writes the score, level, meters and explanation; announces level changes. */
import { defineIsland, Island, islandTranslator, part, parts } from '@/components/island';
import { explainResult } from '@/lib/risk/resultText';
import { RISK_DIMENSIONS, type RiskLevel } from '@/lib/risk/factors';
import { LEVEL_LABEL } from '@/lib/risk/labelKeys';
import { riskStore } from '@/stores/riskAnswers';

class RiskResult extends Island {
	connectedCallback() {
		const t = islandTranslator(this);
		const { panel, levelBox, overall, levelLabel, explanation, announce } = parts(this, {
			panel: HTMLElement,
			levelBox: HTMLElement,
			overall: HTMLElement,
			levelLabel: HTMLElement,
			explanation: HTMLElement,
			announce: HTMLElement,
		});
		const dimensions = RISK_DIMENSIONS.map((d) => ({
			d,
			meter: part(this, `[data-meter="${d}"]`, HTMLMeterElement),
			score: part(this, `[data-score="${d}"]`, HTMLElement),
		}));

		let shownLevel: RiskLevel | undefined;
		this.onDisconnect(
			riskStore().$result.subscribe((result) => {
				const level = t(LEVEL_LABEL[result.level]);
				overall.textContent = String(result.overall);
				levelLabel.textContent = level;
				levelBox.dataset['level'] = result.level;
				explanation.textContent = explainResult(result, t);
				for (const { d, meter, score } of dimensions) {
					meter.value = result.scores[d];
					score.textContent = String(result.scores[d]);
				}
				// Announce a change of level only, not every score change, and nothing on first render.
				if (shownLevel !== undefined && shownLevel !== result.level) {
					announce.textContent = t('calc.result.levelLine', { level, score: result.overall });
				}
				shownLevel = result.level;
			}),
		);
		panel.hidden = false;
	}
}

defineIsland('oip-risk-result', RiskResult);
