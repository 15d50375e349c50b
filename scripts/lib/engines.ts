// The other browser engines the cross-engine tier drives (tests/engines/), from Debian's packages like Chromium
// (scripts/ensure-browsers.sh installs them): Firefox ESR, driven by puppeteer-core over WebDriver BiDi, and WebKitGTK's
// MiniBrowser, driven by WebKitWebDriver (W3C WebDriver) on an Xvfb display. Each path can be overridden.

/** Firefox ESR (`firefox-esr`); `FIREFOX_PATH` overrides it. */
export const FIREFOX_PATH = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

/** WebKitGTK's WebDriver server (`webkit2gtk-driver`); `WEBKIT_DRIVER_PATH` overrides it. */
export const WEBKIT_DRIVER_PATH = process.env['WEBKIT_DRIVER_PATH'] ?? '/usr/bin/WebKitWebDriver';

/** The browser WebKitWebDriver starts: WebKitGTK's MiniBrowser (`libwebkit2gtk-4.1-0`); `MINIBROWSER_PATH` overrides it. */
export const MINIBROWSER_PATH = process.env['MINIBROWSER_PATH'] ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Runs a command on a virtual display (`xvfb`): MiniBrowser has no headless mode. */
export const XVFB_RUN_PATH = process.env['XVFB_RUN_PATH'] ?? '/usr/bin/xvfb-run';
