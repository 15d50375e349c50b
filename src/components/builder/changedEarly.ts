/**
 * Whether the reader changed a form control before the builder's script ran (a field typed in, a box ticked, a
 * language chosen while the page was still loading): its state differs from the page's markup. The islands hand such
 * a change to the store when they start, rather than overwriting it with the store's value, so nothing typed is lost.
 */
export function changedEarly(control: HTMLInputElement | HTMLSelectElement): boolean {
	if (control instanceof HTMLSelectElement) return [...control.options].some((option) => option.selected !== option.defaultSelected);
	return control.type === 'checkbox' || control.type === 'radio' ? control.checked !== control.defaultChecked : control.value !== control.defaultValue;
}
