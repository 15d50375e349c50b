/**
 * <oip-builder-actions> (BuilderActions.astro): the draft's language, and its exports: print, a .docx built in the browser
 * (the docx library is imported only when the button is pressed), the text on the clipboard (with the visible fallback
 * every copy button has), a link that reopens the draft, starting over, and the contact link with a summary.
 */
import { clearCopyStatus, copyText } from '@/components/copy/copyText';
import { defineIsland, Island, islandTranslator, part, parts } from '@/components/island';
import { isLanguageMode } from '@/lib/clauses/builderState';
import { builderStore } from '@/stores/contractBuilder';
import { changedEarly } from './changedEarly';

class BuilderActions extends Island {
	connectedCallback() {
		const t = islandTranslator(this);
		const { panel, ctaBox, print, docx, copyText: copyTextButton, copyLink, reset, cta, ...copyParts } = parts(this, {
			panel: HTMLElement,
			ctaBox: HTMLElement,
			print: HTMLButtonElement,
			docx: HTMLButtonElement,
			copyText: HTMLButtonElement,
			copyLink: HTMLButtonElement,
			reset: HTMLButtonElement,
			status: HTMLElement,
			fallback: HTMLElement,
			copyField: HTMLTextAreaElement,
			cta: HTMLAnchorElement,
		});
		const schedule = part(this, '[data-schedule]', HTMLElement);
		const modes = [...this.querySelectorAll<HTMLInputElement>('input[name="mode"]')];
		const contactPath = this.dataset['contact'] ?? cta.pathname;
		const { $state, setMode, startOver, context } = builderStore();
		// The exports' code loads when the reader first points at or tabs to a button, well before the click needs it.
		let exports: Promise<typeof import('./draftExports')> | undefined;
		const load = () => (exports ??= import('./draftExports'));
		for (const type of ['pointerover', 'focusin', 'touchstart']) this.listen(this, type, () => void load());
		const say = (text: string) => {
			copyParts.status.textContent = text;
		};

		// A language chosen while the page was loading is kept.
		const early = modes.find((input) => input.checked && changedEarly(input));
		if (early && isLanguageMode(early.value)) setMode(early.value);
		this.listen(this, 'change', (event) => {
			const input = event.target;
			if (input instanceof HTMLInputElement && input.name === 'mode' && isLanguageMode(input.value)) setMode(input.value);
		});
		this.onDisconnect(
			$state.subscribe(({ mode }) => {
				for (const input of modes) input.checked = input.value === mode;
			}),
		);
		// A status about an earlier draft would be stale once it changes.
		this.onDisconnect(
			$state.listen(() => {
				clearCopyStatus(copyParts);
			}),
		);

		this.listen(print, 'click', () => {
			window.print();
		});
		const copied = (key: 'builder.textCopied' | 'builder.linkCopied') => ({ copied: t(key), fallback: t('builder.copyFallback') });
		this.listen(copyTextButton, 'click', () => void load().then(({ draftText }) => copyText(draftText(schedule, $state.get()), copyParts, copied('builder.textCopied'))));
		this.listen(copyLink, 'click', () => void load().then(({ draftLink }) => copyText(draftLink($state.get(), context), copyParts, copied('builder.linkCopied'))));
		this.listen(reset, 'click', () => {
			startOver();
			say(t('builder.resetDone'));
		});
		let preparing = false;
		this.listen(docx, 'click', () => {
			// Not `disabled`: a disabled button loses the keyboard focus.
			if (preparing) return;
			preparing = true;
			void (async () => {
				say(t('builder.docxWorking'));
				try {
					const file = `${t('builder.docxFile')}.docx`;
					await (await load()).downloadDocx(schedule, $state.get(), file);
					say(t('builder.docxDone', { file }));
				} catch {
					say(t('builder.docxFailed'));
				} finally {
					preparing = false;
				}
			})();
		});

		// The summary is built when the reader reaches for the link (mouse, touch or keyboard), in this page's language.
		// Its code has loaded by then as a rule; if not, the click waits for it. (A press or a focus always comes first, so
		// the summary is never older than the draft.)
		let ready = false;
		const prepare = () =>
			load().then(({ contactHref }) => {
				cta.href = contactHref(contactPath, $state.get(), context, t);
				ready = true;
			});
		for (const type of ['pointerdown', 'focus']) this.listen(cta, type, () => void prepare());
		this.listen(cta, 'click', (event) => {
			if (ready) return;
			event.preventDefault();
			void prepare().then(() => {
				location.assign(cta.href);
			});
		});
		panel.hidden = false;
		ctaBox.hidden = false;
	}
}

defineIsland('oip-builder-actions', BuilderActions);
