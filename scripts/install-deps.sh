#!/usr/bin/env bash
# Installs, with apt-get, the Debian packages that building and testing the
# extension needs, and only those that are missing: a machine that has them
# all is left alone (no apt-get update, no network).
#
# Usage: scripts/install-deps.sh [build] [test] [valgrind] [pecl] [gen-stub]
#   build     compiler, phpize, libevent and OpenSSL headers (the default)
#   test      what the test suite runs besides PHP: curl, nc, openssl
#   valgrind  for `make test TESTS=-m ...`
#   pecl      pecl, for `pecl package` / `pecl install`
#   gen-stub  nikic/php-parser, for regenerating event_arginfo.h
# EVENT_PHP_VERSION picks Debian's PHP packages (default 8.2: php8.2-dev ...).
set -euo pipefail

php_version="${EVENT_PHP_VERSION:-8.2}"
groups=("$@")
[ ${#groups[@]} -gt 0 ] || groups=(build)

wanted=()
for group in "${groups[@]}"; do
  case "$group" in
    build)    wanted+=(gcc make libc6-dev pkg-config "php$php_version-cli" "php$php_version-dev"
                       libevent-dev libssl-dev) ;;
    test)     wanted+=(curl netcat-openbsd openssl nginx-light iproute2) ;;
    valgrind) wanted+=(valgrind) ;;
    pecl)     wanted+=(php-pear) ;;
    gen-stub) wanted+=(php-parser) ;;
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
