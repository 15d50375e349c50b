/** Fills a notice box (the calculator's, the compare page's) with a message and its list, as text: never as markup. */
export function showNotice(box: HTMLElement, notice: { message: string; items: readonly string[] } | null): void {
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
