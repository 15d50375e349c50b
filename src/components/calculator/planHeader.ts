/** <oip-plan-header> (PlanHeader.astro): dates the printed plan, in the page's language. */
import { defineIsland, Island, islandTranslator, parts } from '@/components/island';

class PlanHeader extends Island {
	connectedCallback() {
		const t = islandTranslator(this);
		const { date } = parts(this, { date: HTMLElement });
		const format = new Intl.DateTimeFormat(this.dataset['intl'], { dateStyle: 'long' });
		const write = () => {
			date.textContent = t('calc.print.date', { date: format.format(new Date()) });
		};
		write();
		// A page left open overnight still prints today's date.
		this.listen(window, 'beforeprint', write);
	}
}

defineIsland('oip-plan-header', PlanHeader);
