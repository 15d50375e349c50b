#!/usr/bin/env bash
# The browser tests drive Debian's browsers (test tools cannot download their own on these machines). Usage:
#   bash scripts/ensure-browsers.sh chromium firefox webkit
# Installs the Debian packages of the engines named that are missing, when we are root; otherwise says how.
# The paths are the defaults of scripts/lib/chromium.ts and scripts/lib/engines.ts (each overridable there).
set -euo pipefail
source "$(dirname "$0")/lib/apt.sh"
for engine in "$@"; do
	case "$engine" in
	chromium) need "${CHROMIUM_PATH:-/usr/bin/chromium}" chromium ;;
	firefox) need "${FIREFOX_PATH:-/usr/bin/firefox-esr}" firefox-esr ;;
	webkit)
		need "${WEBKIT_DRIVER_PATH:-/usr/bin/WebKitWebDriver}" webkit2gtk-driver
		need "${MINIBROWSER_PATH:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}" libwebkit2gtk-4.1-0
		need "${XVFB_RUN_PATH:-/usr/bin/xvfb-run}" xvfb
		# xvfb-run needs xauth, which the xvfb package only recommends.
		need /usr/bin/xauth xauth
		;;
	*)
		echo "Unknown engine: $engine (chromium, firefox or webkit)" >&2
		exit 2
		;;
	esac
done
install_missing 'The browser tests' 'CHROMIUM_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH, MINIBROWSER_PATH and XVFB_RUN_PATH'
