/**
 * <oip-contact-options> (ContactOptions.astro): carries incoming utm_* parameters onto the links, shows the message
 * box (prefilled when a link carried a message), keeps the e-mail link short enough for every mail program and lets
 * the reader copy the message and the address.
 */
import { clearCopyStatus, copyText } from '@/components/copy/copyText';
import { defineIsland, Island, islandTranslator, parts } from '@/components/island';
import { buildContactHref } from '@/lib/cta/buildContactHref';
import { fitMailto } from '@/lib/cta/fitMailto';
import { pickUtmParams } from '@/lib/cta/pickUtmParams';
import { readPrefill } from '@/lib/cta/readPrefill';
import { referrerSearch } from './pageCampaign';

class ContactOptions extends Island {
	connectedCallback() {
		const t = islandTranslator(this);
		const utm = pickUtmParams(location.search, referrerSearch());
		const { messageBox, prefilled, message, shortened, emailLink, copyTools, copyMessage, copyAddress, ...copyParts } = parts(this, {
			messageBox: HTMLElement,
			prefilled: HTMLElement,
			message: HTMLTextAreaElement,
			shortened: HTMLElement,
			emailLink: HTMLAnchorElement,
			copyTools: HTMLElement,
			copyMessage: HTMLButtonElement,
			copyAddress: HTMLButtonElement,
			status: HTMLElement,
			fallback: HTMLElement,
			copyField: HTMLTextAreaElement,
		});
		// Offered only when the firm has a booking or contact form page (site.config.ts).
		const formLink = this.querySelector<HTMLAnchorElement>('[data-form-link]');
		const prefill = readPrefill(location.hash);
		if (prefill) {
			message.value = prefill;
			// Anyone can put a message in a link: the notice says where it came from, not who wrote it.
			prefilled.hidden = false;
			message.setAttribute('aria-describedby', 'contact-prefilled contact-message-hint');
		}
		let wasShortened = false;
		const update = () => {
			const fitted = fitMailto(this.dataset['mailto'] ?? '', {
				utm,
				subject: this.dataset['subject'] ?? '',
				body: message.value.trim(),
				note: t('contact.shortenedNote'),
			});
			emailLink.href = fitted.href;
			// Only a change is written, so the live region speaks once, not on every key press.
			if (fitted.shortened !== wasShortened) shortened.textContent = fitted.shortened ? t('contact.shortened') : '';
			wasShortened = fitted.shortened;
			if (formLink) formLink.href = buildContactHref(formLink.href, { utm });
		};
		this.listen(message, 'input', () => {
			clearCopyStatus(copyParts);
			update();
		});
		this.listen(copyMessage, 'click', () => {
			void copyText(message.value, copyParts, { copied: t('contact.messageCopied'), fallback: t('contact.copyFallback') });
		});
		this.listen(copyAddress, 'click', () => {
			void copyText(this.dataset['address'] ?? '', copyParts, { copied: t('contact.addressCopied'), fallback: t('contact.copyFallback') });
		});
		update();
		messageBox.hidden = false;
		copyTools.hidden = false;
	}
}

defineIsland('oip-contact-options', ContactOptions);
