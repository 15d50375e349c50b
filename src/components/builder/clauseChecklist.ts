/**
 * <oip-builder-clauses> (ClauseChecklist.astro): ticks the clauses of the draft, marks those the reader's answers call for
 * with their first reason, and says which answers those are, with a link back to them in the calculator.
 */
import { defineIsland, Island, islandTranslator, parts } from '@/components/island';
import { answersLine } from '@/lib/clauses/answersLine';
import { reasonKey } from '@/lib/clauses/recommend';
import { serializeAnswers } from '@/lib/risk/shareUrl';
import { builderStore } from '@/stores/contractBuilder';
import { changedEarly } from './changedEarly';

class ClauseChecklist extends Island {
	connectedCallback() {
		const t = islandTranslator(this);
		const { list, profile, calculatorLink, count } = parts(this, {
			list: HTMLElement,
			profile: HTMLElement,
			calculatorLink: HTMLAnchorElement,
			count: HTMLElement,
		});
		const calculatorPath = this.dataset['calculator'] ?? calculatorLink.pathname;
		const items = [...list.querySelectorAll<HTMLInputElement>('input[name="clause"]')].map((input) => ({
			input,
			item: input.closest('li') ?? input,
		}));
		const { $state, $recommended, setClause } = builderStore();

		// Boxes the reader ticked or cleared while the page was loading keep their state.
		for (const { input } of items) if (changedEarly(input)) setClause(input.value, input.checked);
		this.listen(list, 'change', (event) => {
			const input = event.target;
			if (input instanceof HTMLInputElement && input.name === 'clause') setClause(input.value, input.checked);
		});

		this.onDisconnect(
			$state.subscribe(({ clauses, answers }) => {
				for (const { input } of items) input.checked = clauses.includes(input.value);
				// A live region: only a real change is announced.
				const counted = t('builder.clauses.count', { count: clauses.length, total: items.length });
				if (count.textContent !== counted) count.textContent = counted;
				profile.textContent = answersLine(answers, t);
				calculatorLink.href = `${calculatorPath}?${serializeAnswers(answers)}`;
			}),
		);
		this.onDisconnect(
			$recommended.subscribe((recommended) => {
				for (const { input, item } of items) {
					const first = recommended.get(input.value)?.[0];
					const shown = first && reasonKey(first);
					for (const reason of item.querySelectorAll<HTMLElement>('[data-reason]')) reason.hidden = reason.dataset['reason'] !== shown;
					for (const badge of item.querySelectorAll<HTMLElement>('[data-badge]')) badge.hidden = shown === undefined;
				}
			}),
		);
	}
}

defineIsland('oip-builder-clauses', ClauseChecklist);
