import { firstGrapheme } from './graphemes';

/** Items grouped under the first letter of their label, in the order given (sort them first), for an A–Z index. */
export function groupByInitial<T>(items: readonly T[], label: (item: T) => string, locale: string): { letter: string; items: T[] }[] {
	const groups: { letter: string; items: T[] }[] = [];
	for (const item of items) {
		const letter = firstGrapheme(label(item).trim()).toLocaleUpperCase(locale) || '#';
		const last = groups.at(-1);
		if (last?.letter === letter) last.items.push(item);
		else groups.push({ letter, items: [item] });
	}
	return groups;
}
