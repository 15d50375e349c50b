/** A load notice (what a link or saved data had to drop) drawn as elements with textContent, never parsed as markup. */
import type { LoadNotice } from '@/lib/risk/collectAnswers';

/** Replaces `box`'s content with the notice's message and its list of items; empties it for null. */
export function showNotice(box: HTMLElement, notice: LoadNotice | null): void {
	const nodes: Node[] = [];
	if (notice) {
		nodes.push(Object.assign(document.createElement('p'), { textContent: notice.message }));
		if (notice.items.length > 0) {
			const list = document.createElement('ul');
			for (const item of notice.items) list.append(Object.assign(document.createElement('li'), { textContent: item }));
			nodes.push(list);
		}
	}
	box.replaceChildren(...nodes);
}
