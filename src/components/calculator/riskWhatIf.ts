/** <oip-risk-what-if> (RiskWhatIf.astro): shows the alternatives to the current answers and how each changes the score. */
import { defineIsland, Island, islandTranslator, part, parts } from '@/components/island';
import { deltaText } from '@/lib/risk/points';
import { compareQuery, whatIfs } from '@/lib/risk/whatIf';
import { riskStore } from '@/stores/riskAnswers';

class RiskWhatIf extends Island {
	connectedCallback() {
		const t = islandTranslator(this);
		const { panel } = parts(this, { panel: HTMLElement });
		const comparePath = this.dataset['compare'] ?? '';
		const items = new Map([...this.querySelectorAll<HTMLLIElement>('li[data-whatif]')].map((li) => [li.dataset['whatif'], li]));
		const groups = [...this.querySelectorAll<HTMLElement>('[data-group]')];
		const { $answers, $result } = riskStore();

		this.onDisconnect(
			$result.subscribe((result) => {
				const answers = $answers.get();
				for (const li of items.values()) li.hidden = true;
				for (const { field, value, answers: changed, delta } of whatIfs(answers, result)) {
					const li = items.get(`${field}:${value}`);
					if (!li) throw new Error(`<${this.localName}> has no item for ${field}:${value}`);
					part(li, '[data-delta]', HTMLElement).textContent = deltaText(delta, t);
					part(li, '[data-compare-link]', HTMLAnchorElement).href = `${comparePath}?${compareQuery(answers, changed)}`;
					li.hidden = false;
				}
				for (const group of groups) group.hidden = !group.querySelector('li:not([hidden])');
			}),
		);
		panel.hidden = false;
	}
}

defineIsland('oip-risk-what-if', RiskWhatIf);
