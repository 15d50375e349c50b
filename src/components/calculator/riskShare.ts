/** <risk-share> (SharePanel.astro): copy link with a visible fallback, start over, and the prefilled contact link. */
import { prefillHref } from '@/lib/cta/readPrefill';
import { resultSummary } from '@/lib/risk/resultSummary';
import { serializeAnswers } from '@/lib/risk/shareUrl';
import { $answers, $result, startOver } from '@/stores/riskAnswers';
import { pageTranslator } from './pageTranslator';

/** This page with the current answers in its query string. */
const shareLink = () => `${location.origin}${location.pathname}?${serializeAnswers($answers.get())}`;

class RiskShare extends HTMLElement {
	connectedCallback() {
		const find = <T extends HTMLElement>(selector: string) => this.querySelector<T>(selector);
		const panel = find('[data-panel]');
		const copy = find('[data-copy]');
		const reset = find('[data-reset]');
		const status = find('[data-status]');
		const fallback = find('[data-fallback]');
		const url = find<HTMLInputElement>('[data-url]');
		const cta = find<HTMLAnchorElement>('[data-cta]');
		if (!panel || !copy || !reset || !status || !fallback || !url || !cta) return;
		const t = pageTranslator();
		const contactPath = this.dataset.contact ?? cta.pathname;

		copy.addEventListener('click', async () => {
			const link = shareLink();
			url.value = link;
			try {
				// Missing outside secure contexts, or refused by permissions: both end in the visible fallback.
				await navigator.clipboard.writeText(link);
				fallback.hidden = true;
				status.textContent = t('calc.share.copied');
			} catch {
				fallback.hidden = false;
				status.textContent = t('calc.share.fallback');
				url.focus();
				url.select();
			}
		});

		reset.addEventListener('click', () => {
			startOver();
			status.textContent = t('calc.share.resetDone');
		});

		// A status about an earlier link would be stale once the answers change.
		$answers.listen(() => {
			status.textContent = '';
			fallback.hidden = true;
		});

		// The summary is built when the reader reaches for the link (mouse, touch or keyboard), in this page's language.
		const prepare = () => {
			cta.href = prefillHref(contactPath, resultSummary($answers.get(), $result.get(), t, shareLink()));
		};
		for (const type of ['pointerdown', 'focus', 'click']) cta.addEventListener(type, prepare);
		panel.hidden = false;
	}
}

customElements.define('risk-share', RiskShare);
