/** <oip-risk-compare> (CompareTable.astro): reads both scenarios from the link and fills the side-by-side table. */
import { defineIsland, Island, islandTranslator, part, parts } from '@/components/island';
import { compareNotice, compareRows, parseCompare } from '@/lib/risk/compare';
import { serializeAnswers } from '@/lib/risk/shareUrl';
import { showNotice } from '@/components/showNotice';

class RiskCompare extends Island {
	connectedCallback() {
		const t = islandTranslator(this);
		const { panel, notice, missing, openA, openB } = parts(this, {
			panel: HTMLElement,
			notice: HTMLElement,
			missing: HTMLElement,
			openA: HTMLAnchorElement,
			openB: HTMLAnchorElement,
		});
		this.querySelector('[data-needs-js]')?.remove();
		const scenarios = parseCompare(location.search);
		if (!scenarios) {
			missing.hidden = false;
			return;
		}
		// Text only, never markup: the values come from a link anyone can write.
		showNotice(notice, compareNotice(scenarios, t));
		for (const cells of compareRows(scenarios.a, scenarios.b, t)) {
			const row = part(this, `tr[data-row="${cells.row}"]`, HTMLTableRowElement);
			part(row, '[data-a]', HTMLElement).textContent = cells.a;
			part(row, '[data-b]', HTMLElement).textContent = cells.b;
			part(row, '[data-difference]', HTMLElement).textContent = cells.difference;
		}
		const calculator = this.dataset['calculator'] ?? '';
		openA.href = `${calculator}?${serializeAnswers(scenarios.a)}`;
		openB.href = `${calculator}?${serializeAnswers(scenarios.b)}`;
		panel.hidden = false;
	}
}

defineIsland('oip-risk-compare', RiskCompare);
