/**
 * What every island of the site shares (Starlight's pattern): one custom element per component, defined by the
 * component's own script, reading its data from its own attributes, and failing loudly, naming itself, when the
 * markup it was rendered with lacks a part it needs.
 */
import { translator, type Strings, type Translate } from '@/lib/i18n/translator';

/** An island's element name: the site's prefix, then its component's name in kebab case (`oip-risk-form`). */
export type IslandName = `oip-${string}`;

/** Defines the element once, however many times its script is evaluated. */
export function defineIsland(name: IslandName, element: CustomElementConstructor): void {
	if (!customElements.get(name)) customElements.define(name, element);
}

/** The element of `type` under `island` that matches `selector`; throws, naming the island, when there is none. */
export function part<T extends Element>(island: HTMLElement, selector: string, type: abstract new () => T): T {
	const found = island.querySelector(selector);
	if (!(found instanceof type)) throw new Error(`<${island.localName}> needs ${selector} (${type.name}) in its markup`);
	return found;
}

type PartTypes = Readonly<Record<string, abstract new () => Element>>;

/**
 * Several parts at once, each found by the data attribute its name spells in kebab case:
 * `parts(this, { levelBox: HTMLElement })` finds `[data-level-box]`. Throws like `part` when one is missing.
 */
export function parts<const T extends PartTypes>(island: HTMLElement, types: T): { [K in keyof T]: InstanceType<T[K]> } {
	const found: Record<string, Element> = {};
	for (const [name, type] of Object.entries(types)) {
		found[name] = part(island, `[data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}]`, type);
	}
	return found as { [K in keyof T]: InstanceType<T[K]> };
}

/**
 * An island's element: what it subscribes to or listens for while on the page is undone when it leaves
 * (`disconnectedCallback`), so a re-rendered or moved element never reacts twice.
 */
export abstract class Island extends HTMLElement {
	#cleanups: (() => void)[] = [];

	/** Runs `cleanup` (an unsubscribe, say) when the element is removed from the page. */
	protected onDisconnect(cleanup: () => void): void {
		this.#cleanups.push(cleanup);
	}

	/** Adds an event listener that is removed when the element is removed from the page. */
	protected listen(target: EventTarget, type: string, listener: (event: Event) => void): void {
		target.addEventListener(type, listener);
		this.onDisconnect(() => {
			target.removeEventListener(type, listener);
		});
	}

	disconnectedCallback(): void {
		for (const cleanup of this.#cleanups.splice(0)) cleanup();
	}
}

/**
 * The translator over the interface strings the island carries as JSON in its `data-strings` attribute (written by
 * `islandStrings`, src/lib/i18n/pickStrings.ts): the one way an island gets its words. Plurals follow the rules of the
 * page's language, which `<html lang>` names (LOCALE_INFO's tags): plural rules are a language's, so the browser needs
 * no copy of the locale table for them.
 */
export function islandTranslator(island: HTMLElement): Translate {
	const json = island.dataset['strings'];
	if (json === undefined) throw new Error(`<${island.localName}> needs its data-strings attribute`);
	return translator(JSON.parse(json) as Strings, document.documentElement.lang);
}
