/**
 * What every island of the site shares (Starlight's pattern): one custom element per component, defined by the
 * component's own script, reading its data from its own attributes, and failing loudly, naming itself, when the
 * markup it was rendered with lacks a part it needs.
 */
import { translator, type Strings, type Translate } from '@/lib/i18n/translator';

/** Defines the element once, however many times its script is evaluated. */
export function defineIsland(name: string, element: CustomElementConstructor): void {
	if (!customElements.get(name)) customElements.define(name, element);
}

/** The element of `type` under `island` that matches `selector`; throws, naming the island, when there is none. */
export function part<T extends Element>(island: HTMLElement, selector: string, type: abstract new () => T): T {
	const found = island.querySelector(selector);
	if (!(found instanceof type)) throw new Error(`<${island.localName}> needs ${selector} (${type.name}) in its markup`);
	return found;
}

/** The translator over the interface strings the island carries as JSON in its `data-strings` attribute. */
export function islandTranslator(island: HTMLElement): Translate {
	const json = island.dataset['strings'];
	if (json === undefined) throw new Error(`<${island.localName}> needs its data-strings attribute`);
	const parsed: unknown = JSON.parse(json);
	if (typeof parsed !== 'object' || parsed === null) throw new Error(`<${island.localName}> data-strings is not an object`);
	const strings: Strings = {};
	for (const [key, value] of Object.entries(parsed)) if (typeof value === 'string') Object.assign(strings, { [key]: value });
	return translator(strings);
}
