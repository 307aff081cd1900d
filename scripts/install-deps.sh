#!/usr/bin/env bash
# Installs, with apt-get, the Debian packages that building and testing the
# extension needs, and only those that are missing: a machine that has them
# all is left alone (no apt-get update, no network).
#
# Usage: scripts/install-deps.sh [build] [test] [valgrind] [pecl] [gen-stub] [chroot] [react]
#   build     compiler, phpize, libevent and OpenSSL headers (the default)
#   test      what the test suite runs besides PHP: curl, nc, openssl
#   valgrind  for `make test TESTS=-m ...`
#   pecl      pecl, for `pecl package` / `pecl install`
#   gen-stub  nikic/php-parser, for regenerating event_arginfo.h
#   chroot    debootstrap, for scripts/test-in-debian.sh
#   react     Debian's ReactPHP bundle, downloaded and unpacked (not installed)
#             by scripts/react-bundle.sh, for tests/diff/cases/react/ and
#             tests/thirdparty/ (they skip without it)
# Which PHP: EVENT_PHP_VERSION=8.4 (say) asks for Debian's php8.4-cli and
# php8.4-dev; without it, the PHP that php-config, phpize and php already are
# (one you built, or Debian's); without those, the distribution's own PHP
# (Debian's php-cli and php-dev: 8.2 on Debian 12, 8.4 on Debian 13).
set -euo pipefail

if [ -n "${EVENT_PHP_VERSION:-}" ]; then
  php_pkgs=("php$EVENT_PHP_VERSION-cli" "php$EVENT_PHP_VERSION-dev")
elif command -v php-config >/dev/null && command -v phpize >/dev/null && command -v php >/dev/null; then
  php_pkgs=()
else
  php_pkgs=(php-cli php-dev)
fi
groups=("$@")
[ ${#groups[@]} -gt 0 ] || groups=(build)

wanted=()
react=no
for group in "${groups[@]}"; do
  case "$group" in
    build)    wanted+=(gcc make libc6-dev pkg-config ${php_pkgs[@]+"${php_pkgs[@]}"}
                       libevent-dev libssl-dev) ;;
    test)     wanted+=(curl netcat-openbsd openssl nginx-light iproute2) ;;
    valgrind) wanted+=(valgrind) ;;
    pecl)     wanted+=(php-pear) ;;
    gen-stub) wanted+=(php-parser) ;;
    chroot)   wanted+=(debootstrap) ;;
    react)    react=yes ;;
    *) echo "install-deps: unknown group '$group'" >&2; exit 2 ;;
  esac
done

is_installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

missing=()
for pkg in "${wanted[@]}"; do
  is_installed "$pkg" || missing+=("$pkg")
done

# The ReactPHP bundle, after the packages (their apt-get update gives
# apt-get download its index); a failure says why and fails the group.
fetch_react() {
  [ "$react" = yes ] || return 0
  local path
  path=$("$(dirname "$0")/react-bundle.sh") || return 1
  echo "install-deps: ReactPHP bundle in ${path%/vendor/autoload.php}"
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all present (${groups[*]})"
  fetch_react
  exit
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
${sudo[@]+"${sudo[@]}"} apt-get update -q
${sudo[@]+"${sudo[@]}"} apt-get install -y -q --no-install-recommends "${missing[@]}"
fetch_react
