#!/usr/bin/env bash
# The built-site tier serves dist/ through Debian's real web servers with the generated configurations
# (tests/dist/nginx.test.ts, apache.test.ts, caddy.test.ts). Usage:
#   bash scripts/ensure-servers.sh nginx apache caddy
# Installs the Debian packages of the servers named that are missing, when we are root; otherwise says how. They are
# run by the tests only. NGINX_PATH, APACHE_PATH and CADDY_PATH override the binaries' paths (tests/support/servers.ts).
set -euo pipefail
source "$(dirname "$0")/lib/apt.sh"
for server in "$@"; do
	case "$server" in
	nginx) need "${NGINX_PATH:-/usr/sbin/nginx}" nginx-light ;;
	# apache2-bin: the server and its modules, without Debian's /etc/apache2 site setup (the test writes its own
	# configuration); media-types: /etc/mime.types, which that configuration reads.
	apache) need "${APACHE_PATH:-/usr/sbin/apache2}" apache2-bin media-types ;;
	caddy) need "${CADDY_PATH:-/usr/bin/caddy}" caddy ;;
	*)
		echo "Unknown server: $server (nginx, apache or caddy)" >&2
		exit 2
		;;
	esac
done
install_missing 'The built-site tests' 'NGINX_PATH, APACHE_PATH and CADDY_PATH'
