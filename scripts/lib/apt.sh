# Sourced by scripts/ensure-browsers.sh and scripts/ensure-servers.sh: Debian packages the tests need, installed with apt
# when we are root (CI on a clean machine), otherwise named with how to install them.
missing=()

# need <binary> <package>…: the packages, unless the binary is there.
need() {
	local binary="$1"
	shift
	if [ ! -x "$binary" ]; then missing+=("$@"); fi
}

# install_missing <what needs them> <the variables that point at the binaries instead>: installs what `need` found
# missing (no service is started: policy-rc.d refuses it where present), or fails saying how.
install_missing() {
	if [ "${#missing[@]}" -eq 0 ]; then return 0; fi
	if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
		echo "Installing Debian's ${missing[*]} for $1…"
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
		return 0
	fi
	echo "$1 need these Debian packages: ${missing[*]}." >&2
	echo "Install them (sudo apt-get install ${missing[*]}) or point $2 at the binaries." >&2
	exit 1
}
