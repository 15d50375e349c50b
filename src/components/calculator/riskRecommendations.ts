/** <risk-recommendations> (RiskRecommendations.astro): orders, shows and hides the prerendered safeguards. */
import { pointsText } from '@/lib/risk/pointsText';
import { $result } from '@/stores/riskAnswers';
import { pageTranslator } from './pageTranslator';

class RiskRecommendations extends HTMLElement {
	connectedCallback() {
		const panel = this.querySelector<HTMLElement>('[data-panel]');
		const list = this.querySelector<HTMLOListElement>('[data-list]');
		const intro = this.querySelector<HTMLElement>('[data-intro]');
		const complete = this.querySelector<HTMLElement>('[data-complete]');
		if (!panel || !list || !intro || !complete) return;
		const t = pageTranslator();
		const items = new Map([...list.querySelectorAll<HTMLLIElement>('li[data-safeguard]')].map((li) => [li.dataset.safeguard, li]));

		$result.subscribe(({ recommendations }) => {
			for (const li of items.values()) li.hidden = true;
			for (const { safeguard, reduction } of recommendations) {
				const li = items.get(safeguard);
				if (!li) continue;
				const text = li.querySelector('[data-reduction]');
				if (text) text.textContent = t('calc.rec.reduction', { points: pointsText(reduction, t) });
				li.hidden = false;
				list.append(li); // appending in ranking order sorts the list
			}
			const done = recommendations.length === 0;
			complete.hidden = !done;
			intro.hidden = done;
		});
		panel.hidden = false;
	}
}

customElements.define('risk-recommendations', RiskRecommendations);
