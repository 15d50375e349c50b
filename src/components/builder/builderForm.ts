/**
 * <oip-builder-form> (BuilderForm.astro): binds the deal's details to the builder's store both ways, says next to each
 * field what is wrong with its value, shows the fields the ticked clauses ask for, and shows what a link or saved work
 * had to drop. Values stay exactly as typed in the fields; the store checks them.
 */
import { showNotice } from '@/components/showNotice';
import { defineIsland, Island, islandTranslator, part, parts } from '@/components/island';
import { islandLocale } from '@/components/islandLocale';
import { isFieldId } from '@/lib/clauses/fields';
import { builderStore } from '@/stores/contractBuilder';
import { changedEarly } from './changedEarly';

class BuilderForm extends Island {
	connectedCallback() {
		const t = islandTranslator(this);
		const locale = islandLocale(this);
		const { form, notice } = parts(this, { form: HTMLElement, notice: HTMLElement });
		this.querySelector('[data-needs-js]')?.remove();
		const rows = [...form.querySelectorAll<HTMLElement>('[data-field-row]')].flatMap((row) => {
			const id = row.dataset['fieldRow'] ?? '';
			if (!isFieldId(id)) return [];
			const input = row.querySelector(`[name="${id}"]`);
			if (!(input instanceof HTMLInputElement || input instanceof HTMLSelectElement)) throw new Error(`<${this.localName}> needs a field named ${id}`);
			return [{ row, id, input, problem: part(row, '[data-problem]', HTMLElement) }];
		});
		const groups = [...form.querySelectorAll<HTMLElement>('[data-group]')];
		const { $state, $checks, $layout, $loaded, setField } = builderStore();

		// What the reader typed while the page was loading wins over the link's or saved values.
		for (const { id, input } of rows) if (changedEarly(input)) setField(id, input.value);
		this.listen(form, 'input', (event) => {
			const input = event.target;
			if ((input instanceof HTMLInputElement || input instanceof HTMLSelectElement) && isFieldId(input.name)) setField(input.name, input.value);
		});

		// Store → fields: a link, saved work, another tab or "Start over". A field being typed in already says the same.
		this.onDisconnect(
			$state.subscribe(({ fields }) => {
				for (const { id, input } of rows) {
					const value = fields[id] ?? '';
					if (input.value !== value) input.value = value;
				}
			}),
		);
		// Why a value cannot be used, next to its field; the wording loads with the first such value.
		this.onDisconnect(
			$checks.subscribe((checks) => {
				const invalid = rows.filter(({ id }) => checks[id].state === 'invalid');
				const show = (text: (row: (typeof rows)[number]) => string) => {
					for (const row of rows) {
						const message = invalid.includes(row) ? text(row) : '';
						row.problem.textContent = message;
						if (message === '') row.input.removeAttribute('aria-invalid');
						else row.input.setAttribute('aria-invalid', 'true');
					}
				};
				if (invalid.length === 0) show(() => '');
				else
					void import('@/lib/clauses/fieldProblems').then(({ problemText }) => {
						if ($checks.get() === checks) show(({ id }) => problemText(id, checks[id], locale, t));
					});
			}),
		);
		this.onDisconnect(
			$layout.subscribe(({ fields }) => {
				for (const { row, id } of rows) row.hidden = !fields.includes(id);
				for (const group of groups) group.hidden = !group.querySelector('[data-field-row]:not([hidden])');
			}),
		);
		// What a link or saved work had to drop, shown as text; its wording loads only when there is something to say.
		this.onDisconnect(
			$loaded.subscribe((loaded) => {
				if (!loaded || (!loaded.corrupt && loaded.dropped.length === 0)) showNotice(notice, null);
				else
					void import('@/lib/clauses/builderNotice').then(({ builderNotice }) => {
						if ($loaded.get() === loaded) showNotice(notice, builderNotice(loaded, t));
					});
			}),
		);
	}
}

defineIsland('oip-builder-form', BuilderForm);
