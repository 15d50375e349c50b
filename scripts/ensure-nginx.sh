#!/usr/bin/env bash
# The built-site tier serves dist/ through Debian's nginx with the generated configuration (tests/dist/nginx.test.ts).
# Installs Debian's nginx-light when it is missing and we are root; otherwise says how. NGINX_PATH overrides the path.
set -euo pipefail
if [ -x "${NGINX_PATH:-/usr/sbin/nginx}" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
	echo "Installing Debian's nginx-light for the built-site tests…"
	apt-get update -qq
	# Installed to be run by the tests only: no service is started (policy-rc.d refuses it where present).
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
	exit 0
fi
echo "The built-site tests need Debian's nginx (sudo apt-get install nginx-light) or NGINX_PATH pointing at an nginx binary." >&2
exit 1
