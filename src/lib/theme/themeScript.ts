// The inline theme script: run before first paint so the stored theme applies without a flash, and wire every
// theme toggle. Kept as a string so the page prints exactly what the CSP hash was computed from.
import { createHash } from 'node:crypto';

export const THEME_SCRIPT = `(() => {
	const root = document.documentElement;
	const read = () => {
		try {
			return localStorage.getItem('theme');
		} catch {
			return null;
		}
	};
	const apply = (theme) => {
		root.dataset.theme = theme;
		for (const button of document.querySelectorAll('[data-theme-toggle]')) {
			button.setAttribute('aria-pressed', String(theme === 'dark'));
		}
	};
	const stored = read();
	apply(stored === 'dark' || stored === 'light' ? stored : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
	document.addEventListener('DOMContentLoaded', () => apply(root.dataset.theme));
	document.addEventListener('click', (event) => {
		if (!(event.target instanceof Element) || !event.target.closest('[data-theme-toggle]')) return;
		const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
		apply(next);
		try {
			localStorage.setItem('theme', next);
		} catch {
			/* storage blocked: the choice lasts for this page only */
		}
	});
})();`;

/** The script's CSP hash source (`'sha256-…'` without quotes), for `Astro.csp.insertScriptHash`. */
export const THEME_SCRIPT_HASH = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}` as const;
