#!/usr/bin/env bash
# Installs, with apt-get, the Debian packages that building and testing the
# extension needs, and only those that are missing: a machine that has them
# all is left alone (no apt-get update, no network).
#
# Usage: scripts/install-deps.sh [build] [test] [valgrind] [pecl] [gen-stub] [chroot]
#   build     compiler, phpize, libevent and OpenSSL headers (the default)
#   test      what the test suite runs besides PHP: curl, nc, openssl
#   valgrind  for `make test TESTS=-m ...`
#   pecl      pecl, for `pecl package` / `pecl install`
#   gen-stub  nikic/php-parser, for regenerating event_arginfo.h
#   chroot    debootstrap, for scripts/test-in-debian.sh
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
for group in "${groups[@]}"; do
  case "$group" in
    build)    wanted+=(gcc make libc6-dev pkg-config ${php_pkgs[@]+"${php_pkgs[@]}"}
                       libevent-dev libssl-dev) ;;
    test)     wanted+=(curl netcat-openbsd openssl nginx-light iproute2) ;;
    valgrind) wanted+=(valgrind) ;;
    pecl)     wanted+=(php-pear) ;;
    gen-stub) wanted+=(php-parser) ;;
    chroot)   wanted+=(debootstrap) ;;
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

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all present (${groups[*]})"
  exit 0
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
