import type { Strings } from './translator';
import type { UiKey } from './ui/en';

/** The given keys of a dictionary: what a page hands to its islands, so the browser gets a few strings, not every dictionary. */
export function pickStrings(dictionary: Readonly<Record<UiKey, string>>, keys: Iterable<UiKey>): Strings {
	const picked: Strings = {};
	for (const key of keys) picked[key] = dictionary[key];
	return picked;
}

/** What an island carries in its `data-strings` attribute: the given keys of the page's dictionary, as JSON. */
export function islandStrings(dictionary: Readonly<Record<UiKey, string>>, keys: Iterable<UiKey>): string {
	return JSON.stringify(pickStrings(dictionary, keys));
}
