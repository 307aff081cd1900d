#!/usr/bin/env bash
# Prints the path of the autoloader of a real ReactPHP stack (react/event-loop
# with its ExtEventLoop, which drives this extension, react/socket, stream,
# http, dns, child-process, promise-timer, clue/buzz-react...), the one Debian
# 12 ships in icingaweb2-module-reactbundle. The package depends on icingaweb2,
# so it is not installed: its .deb is downloaded and unpacked into a cache
# folder, once. The differential cases tests/diff/cases/react/ and the tests
# tests/thirdparty/react_*.phpt run this code against our build and skip
# where it is missing.
#
# Usage: scripts/react-bundle.sh
# Environment: EVENT_CI_CACHE (default /var/cache/event-ci): the bundle goes
# into EVENT_CI_CACHE/reactbundle.
# Exits non-zero with a one-line reason on stderr where it cannot (not on
# Debian, the package not in the archive, the cache not writable).
set -euo pipefail

pkg=icingaweb2-module-reactbundle
dest="${EVENT_CI_CACHE:-/var/cache/event-ci}/reactbundle"
autoload="$dest/usr/share/icingaweb2/modules/reactbundle/vendor/autoload.php"

fail() { echo "react-bundle: $*" >&2; exit 1; }

if [ -f "$autoload" ]; then
  echo "$autoload"
  exit 0
fi

if ! command -v apt-get >/dev/null || ! command -v dpkg-deb >/dev/null; then
  fail "not a Debian system (no apt-get or dpkg-deb)"
fi
if ! mkdir -p "$(dirname "$dest")" 2>/dev/null || [ ! -w "$(dirname "$dest")" ]; then
  fail "cannot write to $(dirname "$dest") (set EVENT_CI_CACHE)"
fi

work=$(mktemp -d "$(dirname "$dest")/reactbundle.XXXXXX")
trap 'rm -rf "$work"' EXIT

# apt-get download needs the archive's index: a machine whose lists were
# never fetched (a fresh container) gets them once, when we are root.
download() { (cd "$work" && apt-get download -q "$pkg" >"$work/apt.log" 2>&1); }
if ! download; then
  if [ "$(id -u)" -eq 0 ] && apt-get update -q >"$work/update.log" 2>&1 && download; then
    :
  else
    fail "cannot download $pkg: $(grep -m1 -E '^(E|W):' "$work/apt.log" || echo 'apt-get download failed')"
  fi
fi

debs=("$work/$pkg"_*.deb)
[ -f "${debs[0]}" ] || fail "apt-get download left no .deb"
deb=${debs[0]}
dpkg-deb -x "$deb" "$work/tree" || fail "cannot unpack $deb"
[ -f "$work/tree/${autoload#"$dest"/}" ] || fail "$deb has no vendor/autoload.php"

# Into place at once: a concurrent run sees the whole tree or none of it.
if ! mv -T "$work/tree" "$dest" 2>/dev/null; then
  [ -f "$autoload" ] || fail "cannot move the bundle into $dest"
fi
echo "$autoload"
