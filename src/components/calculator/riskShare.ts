/**
 * <oip-risk-share> (SharePanel.astro): copy link with a visible fallback, start over, the link to the contract builder
 * with these answers, and the prefilled contact link.
 */
import { clearCopyStatus, copyText } from '@/components/copy/copyText';
import { defineIsland, Island, islandTranslator, parts } from '@/components/island';
import { prefillHref } from '@/lib/cta/prefillHref';
import { resultSummary } from '@/lib/risk/resultText';
import { serializeAnswers } from '@/lib/risk/shareUrl';
import { riskStore } from '@/stores/riskAnswers';

class RiskShare extends Island {
	connectedCallback() {
		const t = islandTranslator(this);
		const { panel, copy, print, reset, builder, cta, ...copyParts } = parts(this, {
			panel: HTMLElement,
			copy: HTMLButtonElement,
			print: HTMLButtonElement,
			reset: HTMLButtonElement,
			status: HTMLElement,
			fallback: HTMLElement,
			copyField: HTMLInputElement,
			builder: HTMLAnchorElement,
			cta: HTMLAnchorElement,
		});
		const contactPath = this.dataset['contact'] ?? cta.pathname;
		const { $answers, $result, startOver } = riskStore();
		/** This page with the current answers in its query string. */
		const shareLink = () => `${location.origin}${location.pathname}?${serializeAnswers($answers.get())}`;

		const messages = { copied: t('calc.share.copied'), fallback: t('calc.share.fallback') };
		this.listen(copy, 'click', () => void copyText(shareLink(), copyParts, messages));

		this.listen(print, 'click', () => {
			window.print();
		});
		this.listen(reset, 'click', () => {
			startOver();
			copyParts.status.textContent = t('calc.share.resetDone');
		});

		// A status about an earlier link would be stale once the answers change; the builder's link carries them in the
		// share link's query.
		this.onDisconnect(
			$answers.subscribe((answers) => {
				clearCopyStatus(copyParts);
				builder.search = serializeAnswers(answers);
			}),
		);

		// The summary is built when the reader reaches for the link (mouse, touch or keyboard), in this page's language.
		const prepare = () => {
			cta.href = prefillHref(contactPath, resultSummary($answers.get(), $result.get(), t, shareLink()));
		};
		for (const type of ['pointerdown', 'focus', 'click']) this.listen(cta, type, prepare);
		panel.hidden = false;
	}
}

defineIsland('oip-risk-share', RiskShare);
