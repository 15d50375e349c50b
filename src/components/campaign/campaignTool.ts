/**
 * <oip-campaign-tool> (CampaignTool.astro): reads the form as the reader types, shows how each value will be carried or what
 * is wrong with it, and draws the finished link's QR code as SVG with DOM methods (lean-qr; no HTML strings, so Trusted
 * Types allow it). Every decision is in src/lib/campaign/campaignLink.ts.
 */
import { correction, generate } from 'lean-qr/nano';
import { toSvg, toSvgSource } from 'lean-qr/extras/svg';
import { clearCopyStatus, copyText } from '@/components/copy/copyText';
import { defineIsland, Island, islandTranslator, parts } from '@/components/island';
import { campaignLink, checkCampaign, presetQuery, qrFileName, svgWithTitle } from '@/lib/campaign/campaignLink';
import type { UtmKey } from '@/lib/cta/pickUtmParams';

/** Light modules on a white quiet zone of four modules (the QR standard's minimum), whatever the site's theme. */
const QR_STYLE = { on: '#000', off: '#fff', pad: 4 } as const;

class CampaignTool extends Island {
	#download = '';

	connectedCallback() {
		const t = islandTranslator(this);
		const { target, preset, result, pending, output, link, copy, qr, download, ...copyParts } = parts(this, {
			target: HTMLSelectElement,
			preset: HTMLFieldSetElement,
			result: HTMLElement,
			pending: HTMLElement,
			output: HTMLElement,
			link: HTMLElement,
			copy: HTMLButtonElement,
			qr: SVGSVGElement,
			download: HTMLAnchorElement,
			status: HTMLElement,
			fallback: HTMLElement,
			copyField: HTMLInputElement,
		});
		const fields = [...this.querySelectorAll<HTMLInputElement>('input[data-utm]')];
		/** Fields the reader has left once: only then does an empty required one say so. */
		const touched = new Set<HTMLInputElement>();
		const site = this.dataset['site'] ?? location.origin;
		let current = '';

		const presetFields = () =>
			[...preset.querySelectorAll<HTMLElement>('[data-preset-field]')].map((control) => {
				const ids =
					control instanceof HTMLSelectElement
						? [control.value].filter(Boolean)
						: [...control.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
				return [control.dataset['presetField'] ?? '', ids] as const;
			});

		const update = () => {
			const option = target.selectedOptions[0];
			const calculator = option?.dataset['calculator'] !== undefined;
			preset.hidden = !calculator;
			const check = checkCampaign(fields.map((field) => [field.dataset['utm'] as UtmKey, field.value]));
			for (const field of fields) {
				const key = field.dataset['utm'] as UtmKey;
				const problem = check.problems[key];
				const shown = problem === 'required' && !touched.has(field) ? undefined : problem;
				const message = field.parentElement?.querySelector<HTMLElement>('[data-message]');
				field.setAttribute('aria-invalid', String(shown !== undefined));
				if (!message) continue;
				const value = check.values[key] ?? '';
				message.toggleAttribute('data-problem', shown !== undefined);
				message.textContent = shown
					? t(shown === 'required' ? 'campaign.error.required' : 'campaign.error.tooLong')
					: value !== field.value && value !== ''
						? t('campaign.normalised', { value })
						: '';
			}
			const href = check.utm && option ? campaignLink(site, option.value, check.utm, calculator ? presetQuery(presetFields()) : '') : '';
			pending.hidden = href !== '';
			output.hidden = href === '';
			if (href === current) return;
			current = href;
			clearCopyStatus(copyParts);
			if (this.#download) URL.revokeObjectURL(this.#download);
			this.#download = '';
			if (!href) return;
			link.textContent = href;
			// Level M restores up to 15 % of a damaged code: enough for print, small enough to stay easy to scan.
			const code = generate(href, { minCorrectionLevel: correction.M });
			toSvg(code, qr, QR_STYLE);
			const file = svgWithTitle(toSvgSource(code, { ...QR_STYLE, scale: 8, xmlDeclaration: true }), href);
			this.#download = URL.createObjectURL(new Blob([file], { type: 'image/svg+xml' }));
			download.href = this.#download;
			download.download = qrFileName(check.values.utm_campaign ?? '');
		};

		this.listen(this, 'input', update);
		this.listen(this, 'change', (event) => {
			if (event.target instanceof HTMLInputElement && fields.includes(event.target)) touched.add(event.target);
			update();
		});
		this.listen(this, 'focusout', (event) => {
			if (event.target instanceof HTMLInputElement && fields.includes(event.target)) {
				touched.add(event.target);
				update();
			}
		});
		this.listen(copy, 'click', () => void copyText(current, copyParts, { copied: t('campaign.copied'), fallback: t('calc.share.fallback') }));
		this.onDisconnect(() => {
			if (this.#download) URL.revokeObjectURL(this.#download);
		});
		update();
		this.querySelector('[data-needs-js]')?.remove();
		result.hidden = false;
	}
}

defineIsland('oip-campaign-tool', CampaignTool);
