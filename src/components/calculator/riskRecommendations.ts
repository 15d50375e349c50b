/** <risk-recommendations> (RiskRecommendations.astro): orders, shows and hides the prerendered safeguards. */
import { defineIsland, islandTranslator, part } from '@/components/island';
import { pointsText } from '@/lib/risk/resultText';
import { riskStore } from '@/stores/riskAnswers';

class RiskRecommendations extends HTMLElement {
	#unsubscribe: (() => void) | undefined;

	connectedCallback() {
		const t = islandTranslator(this);
		const panel = part(this, '[data-panel]', HTMLElement);
		const list = part(this, '[data-list]', HTMLOListElement);
		const intro = part(this, '[data-intro]', HTMLElement);
		const complete = part(this, '[data-complete]', HTMLElement);
		const items = new Map([...list.querySelectorAll<HTMLLIElement>('li[data-safeguard]')].map((li) => [li.dataset['safeguard'], li]));

		this.#unsubscribe = riskStore().$result.subscribe(({ recommendations }) => {
			for (const li of items.values()) li.hidden = true;
			for (const { safeguard, reduction } of recommendations) {
				const li = items.get(safeguard);
				if (!li) throw new Error(`<risk-recommendations> has no item for the safeguard "${safeguard}"`);
				part(li, '[data-reduction]', HTMLElement).textContent = t('calc.rec.reduction', { points: pointsText(reduction, t) });
				li.hidden = false;
				list.append(li); // appending in ranking order sorts the list
			}
			const done = recommendations.length === 0;
			complete.hidden = !done;
			intro.hidden = done;
		});
		panel.hidden = false;
	}

	disconnectedCallback() {
		this.#unsubscribe?.();
		this.#unsubscribe = undefined;
	}
}

defineIsland('risk-recommendations', RiskRecommendations);
