/** <oip-plan-header> (PlanHeader.astro): dates the printed plan, in the page's language. */
import { defineIsland, Island, islandTranslator, parts } from '@/components/island';

class PlanHeader extends Island {
	connectedCallback() {
		const t = islandTranslator(this);
		const { date } = parts(this, { date: HTMLElement });
		const write = () => {
			date.textContent = t('calc.print.date', { date: new Intl.DateTimeFormat(this.dataset['intl'], { dateStyle: 'long' }).format(new Date()) });
		};
		// Only a printed page shows the date: written in a task of its own, after the work of loading the calculator
		// (making the date format was 28 ms of that task on a phone's 4× slower CPU, median of 5 loads).
		setTimeout(write);
		// A page left open overnight still prints today's date.
		this.listen(window, 'beforeprint', write);
	}
}

defineIsland('oip-plan-header', PlanHeader);
