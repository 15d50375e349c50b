/** <risk-form> (CalculatorForm.astro): binds the form to the shared store both ways and shows what loading ignored. */
import { isAnswerField } from '@/lib/risk/collectAnswers';
import { answersFromForm } from '@/lib/risk/formAnswers';
import { loadNotice } from '@/lib/risk/loadAnswers';
import { serializeAnswers } from '@/lib/risk/shareUrl';
import { $answers, $loaded, setAnswer } from '@/stores/riskAnswers';
import { pageTranslator } from './pageTranslator';

class RiskForm extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector<HTMLElement>('[data-form]');
		const notice = this.querySelector<HTMLElement>('[data-notice]');
		if (!form || !notice) return;
		const t = pageTranslator();

		const formAnswers = () =>
			answersFromForm([...form.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => [i.name, i.value] as const));
		form.addEventListener('change', (event) => {
			const input = event.target;
			if (input instanceof HTMLInputElement && isAnswerField(input.name)) setAnswer(input.name, formAnswers()[input.name]);
		});

		// With no link and nothing saved, what the reader ticked before this script ran (or the browser restored) counts.
		if ($loaded.get()?.source === 'default') {
			const ticked = formAnswers();
			if (serializeAnswers(ticked) !== serializeAnswers($answers.get())) $answers.set(ticked);
		}

		// Store → form: a link, saved answers or "Start over" tick the matching boxes.
		$answers.subscribe((answers) => {
			for (const input of form.querySelectorAll('input')) {
				if (!isAnswerField(input.name)) continue;
				const chosen: string | readonly string[] = answers[input.name];
				input.checked = typeof chosen === 'string' ? chosen === input.value : chosen.includes(input.value);
			}
		});
		form.dataset.ready = '';

		// Ignored values are shown as text, never as markup.
		$loaded.subscribe((loaded) => {
			const content = loaded && loadNotice(loaded, t);
			const nodes: Node[] = [];
			if (content) {
				const message = document.createElement('p');
				message.textContent = content.message;
				nodes.push(message);
				if (content.items.length > 0) {
					const list = document.createElement('ul');
					for (const item of content.items) list.append(Object.assign(document.createElement('li'), { textContent: item }));
					nodes.push(list);
				}
			}
			notice.replaceChildren(...nodes);
		});
	}
}

customElements.define('risk-form', RiskForm);
