/** <oip-risk-form> (CalculatorForm.astro): binds the form to the shared store both ways and shows what loading ignored. */
import { defineIsland, Island, islandTranslator, parts } from '@/components/island';
import { answersFromForm, isAnswerField } from '@/lib/risk/collectAnswers';
import type { Answers } from '@/lib/risk/factors';
import { loadNotice } from '@/lib/risk/loadAnswers';
import { serializeAnswers } from '@/lib/risk/shareUrl';
import { riskStore } from '@/stores/riskAnswers';
import { showNotice } from '@/components/showNotice';

class RiskForm extends Island {
	connectedCallback() {
		const t = islandTranslator(this);
		const { form, notice } = parts(this, { form: HTMLElement, notice: HTMLElement });
		this.querySelector('[data-needs-js]')?.remove();
		const { $answers, $loaded, setAnswer } = riskStore();

		const formAnswers = () =>
			answersFromForm([...form.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => [i.name, i.value] as const));
		const onChange = (event: Event) => {
			const input = event.target;
			if (input instanceof HTMLInputElement && isAnswerField(input.name)) setAnswer(input.name, formAnswers()[input.name]);
		};
		this.listen(form, 'change', onChange);

		// With no link and nothing saved, what the reader ticked before this script ran (or the browser restored) counts.
		if ($loaded.get()?.source === 'default') {
			const ticked = formAnswers();
			if (serializeAnswers(ticked) !== serializeAnswers($answers.get())) $answers.set(ticked);
		}

		// Store → form: a link, saved answers or "Start over" tick the matching boxes.
		const show = (answers: Answers) => {
			for (const input of form.querySelectorAll('input')) {
				if (!isAnswerField(input.name)) continue;
				const chosen: string | readonly string[] = answers[input.name];
				input.checked = typeof chosen === 'string' ? chosen === input.value : chosen.includes(input.value);
			}
		};
		this.onDisconnect($answers.subscribe(show));
		// Going back to this page, Chromium puts back the boxes as they were when the reader left, after this script has
		// ticked the saved answers (another tab may have changed them since): the saved answers win again.
		this.listen(window, 'pageshow', () => {
			show($answers.get());
		});
		form.dataset['ready'] = '';

		// What loading ignored, as text.
		this.onDisconnect(
			$loaded.subscribe((loaded) => {
				showNotice(notice, loaded && loadNotice(loaded, t));
			}),
		);
	}
}

defineIsland('oip-risk-form', RiskForm);
