// How every tool of the project starts a browser: Debian's Chromium (test tools may not download their own on these
// machines; scripts/ensure-browsers.sh installs it), with the flags these machines need. Playwright, the benchmark and
// the Lighthouse gate all read them from here.

/** The Chromium binary; `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Root needs --no-sandbox; the closed network makes Chromium's background services fail noisily. */
export const CHROMIUM_FLAGS: readonly string[] = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];
