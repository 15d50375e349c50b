/** <oip-risk-recommendations> (RiskRecommendations.astro): orders, shows and hides the prerendered safeguards. */
import { defineIsland, Island, islandTranslator, part, parts } from '@/components/island';
import { pointsText } from '@/lib/risk/points';
import { riskStore } from '@/stores/riskAnswers';

class RiskRecommendations extends Island {
	connectedCallback() {
		const t = islandTranslator(this);
		const { panel, list, intro, complete } = parts(this, {
			panel: HTMLElement,
			list: HTMLOListElement,
			intro: HTMLElement,
			complete: HTMLElement,
		});
		const items = new Map([...list.querySelectorAll<HTMLLIElement>('li[data-safeguard]')].map((li) => [li.dataset['safeguard'], li]));

		this.onDisconnect(
			riskStore().$result.subscribe(({ recommendations }) => {
				for (const li of items.values()) li.hidden = true;
				for (const { safeguard, reduction } of recommendations) {
					const li = items.get(safeguard);
					if (!li) throw new Error(`<${this.localName}> has no item for the safeguard "${safeguard}"`);
					part(li, '[data-reduction]', HTMLElement).textContent = t('calc.rec.reduction', { points: pointsText(reduction, t) });
					li.hidden = false;
					list.append(li); // appending in ranking order sorts the list
				}
				const done = recommendations.length === 0;
				complete.hidden = !done;
				intro.hidden = done;
			}),
		);
		panel.hidden = false;
	}
}

defineIsland('oip-risk-recommendations', RiskRecommendations);
