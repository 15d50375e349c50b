/**
 * <oip-contact-form> (ContactForm.astro): sends the contact form with fetch instead of leaving the page. It checks the
 * fields first (checkContactFields), marking each problem beside its field; says while it sends, and then what became
 * of the message (readSendResponse); keeps every field as typed unless the message went; and never sends a form whose
 * honeypot is filled in. The e-mail link and the copy buttons below stay the way round a failed send.
 */
import { defineIsland, Island, islandTranslator, parts } from '@/components/island';
import { pickUtmParams } from '@/lib/cta/pickUtmParams';
import { checkContactFields, contactFormBody, outcomeMessage, readSendResponse, type ContactFields, type SendOutcome } from '@/lib/contactForm/contactForm';
import { referrerSearch } from './pageCampaign';

/** How long a send may take before the reader is told it could not be confirmed (form services answer in a second). */
const SEND_TIMEOUT_MS = 30_000;

class ContactForm extends Island {
	connectedCallback() {
		const t = islandTranslator(this);
		const { form, name, email, message, trap, send, formStatus } = parts(this, {
			form: HTMLFormElement,
			name: HTMLInputElement,
			email: HTMLInputElement,
			message: HTMLTextAreaElement,
			trap: HTMLInputElement,
			send: HTMLButtonElement,
			formStatus: HTMLElement,
		});
		const controls = { name, email, message } as const;
		const errors = Object.fromEntries(Object.keys(controls).map((field) => [field, this.querySelector<HTMLElement>(`[data-error="${field}"]`)]));
		// The script checks and explains; the browser's own bubbles would say it again, in its own words.
		form.noValidate = true;

		const say = (text: string, outcome: 'error' | 'sent' | 'sending') => {
			formStatus.textContent = text;
			formStatus.dataset['outcome'] = outcome;
		};
		const showProblems = (fields: ContactFields): boolean => {
			const problems = checkContactFields(fields);
			for (const [field, control] of Object.entries(controls)) {
				const problem = problems.find((p) => p.field === field);
				control.setAttribute('aria-invalid', String(problem !== undefined));
				const line = errors[field];
				if (!line) continue;
				line.textContent = problem ? t(problem.key) : '';
				// The message box's description may have been rewritten (a prefilled message's notice): keep the error in it.
				const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
				if (!described.includes(line.id)) control.setAttribute('aria-describedby', [...described, line.id].join(' '));
			}
			const first = problems[0];
			if (first) {
				say(t('contact.form.invalid'), 'error');
				controls[first.field].focus();
			}
			return first === undefined;
		};

		// While a message is on its way the button says so (aria-disabled, not disabled: a focused button keeps focus).
		let sending = false;
		this.listen(form, 'submit', (event) => {
			event.preventDefault();
			if (sending) return;
			const fields: ContactFields = { name: name.value, email: email.value, message: message.value };
			if (!showProblems(fields)) return;
			// Only a bot (or an overeager autofill) writes here: nothing is sent, and a person is told to use e-mail.
			if (trap.value !== '') {
				say(t('contact.form.blocked'), 'error');
				return;
			}
			const body = contactFormBody(fields, pickUtmParams(location.search, referrerSearch()), trap.name);
			sending = true;
			send.setAttribute('aria-disabled', 'true');
			say(t('contact.form.sending'), 'sending');
			void fetch(form.action, {
				method: 'POST',
				body,
				headers: { Accept: 'application/json' },
				signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
			})
				.then(readSendResponse, (): SendOutcome => ({ kind: 'unconfirmed' }))
				.then((outcome) => {
					sending = false;
					send.removeAttribute('aria-disabled');
					const { key, vars } = outcomeMessage(outcome);
					say(t(key, vars), outcome.kind === 'sent' ? 'sent' : 'error');
					if (outcome.kind !== 'sent') return;
					form.reset();
					this.querySelector('[data-prefilled]')?.setAttribute('hidden', '');
					// The e-mail link and the copy buttons read the message box: they follow it back to empty.
					message.dispatchEvent(new Event('input', { bubbles: true }));
				});
		});
		// A corrected field loses its mark as the reader types.
		for (const [field, control] of Object.entries(controls)) {
			this.listen(control, 'input', () => {
				if (control.getAttribute('aria-invalid') !== 'true') return;
				if (checkContactFields({ name: name.value, email: email.value, message: message.value }).some((p) => p.field === field)) return;
				control.setAttribute('aria-invalid', 'false');
				const line = errors[field];
				if (line) line.textContent = '';
			});
		}
	}
}

defineIsland('oip-contact-form', ContactForm);
