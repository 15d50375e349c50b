/** The copy buttons' one behaviour (CopyFallback.astro): the clipboard when the browser allows it, a visible fallback when not. */

/** The parts CopyFallback.astro renders, as `parts()` finds them. */
export interface CopyParts {
	/** Live region that reports the outcome. */
	status: HTMLElement;
	/** Wrapper of the read-only field, hidden until copying is refused. */
	fallback: HTMLElement;
	/** The read-only field that holds the text. */
	copyField: HTMLInputElement | HTMLTextAreaElement;
}

/** What the status says: after copying, and when the reader has to copy by hand. */
export interface CopyMessages {
	copied: string;
	fallback: string;
}

/**
 * Puts `text` on the clipboard and says so. Where the Clipboard API is missing (outside a secure context) or refused
 * (permissions), the text appears in the read-only field, focused and selected, and the status says how to copy it.
 */
export async function copyText(text: string, { status, fallback, copyField }: CopyParts, messages: CopyMessages): Promise<void> {
	copyField.value = text;
	try {
		await navigator.clipboard.writeText(text);
		fallback.hidden = true;
		status.textContent = messages.copied;
	} catch {
		fallback.hidden = false;
		status.textContent = messages.fallback;
		copyField.focus();
		copyField.select();
	}
}

/** Hides the fallback and clears the status, once what they spoke of has changed. */
export function clearCopyStatus({ status, fallback }: CopyParts): void {
	status.textContent = '';
	fallback.hidden = true;
}
