#!/usr/bin/env bash
# Builds the extension and runs the README's test command (scripts/test.sh)
# inside a Debian root filesystem made with debootstrap from Debian's archive,
# as a new user of that Debian would: a clean `git archive HEAD` of this
# checkout (and ../shared, when it is there) is copied in and nothing else.
#
# Usage: scripts/test-in-debian.sh [--prepare] SUITE [PHP_VERSION]
#   SUITE        bookworm, trixie, sid, or experimental (sid with Debian's
#                experimental archive added: php8.5, php8.6)
#   PHP_VERSION  Debian's php<VERSION> packages (EVENT_PHP_VERSION for
#                install-deps.sh); without it, the suite's own PHP (php-dev)
#   --prepare    only make the root filesystem (and its packages), no test run
#   e.g. scripts/test-in-debian.sh trixie
#        scripts/test-in-debian.sh experimental 8.6
#
# Root filesystems are kept under EVENT_CI_CACHE (default /var/cache/event-ci):
# debs/SUITE-PHP/ holds the downloaded .debs (one folder per root, so that
# roots can be made at the same time), roots/SUITE-PHP/ a root filesystem with
# the packages installed (a later run reuses it and takes seconds; delete it to
# start over; it is made again after a week or when install-deps.sh changes).
# Each test run works on a throw-away overlay of that root, so the cached one
# stays as debootstrap and apt made it. The host's network
# namespace is shared: tests reach 127.0.0.1 as on the host; no package is
# fetched during the test run itself.
#
# It shows the output of scripts/test.sh (also kept in runs/SUITE-PHP.log);
# its last line: "debian SUITE php X libevent Y: N passed, N failed, N skipped
# (S s)" or "...: FAILED (why)"; it exits non-zero when anything failed,
# a compiler warning included.
# Environment: EVENT_CI_MIRROR (default http://deb.debian.org/debian),
# TEST_JOBS (passed to scripts/test.sh, default 2), EVENT_CI_TESTS (phpt files
# to run instead of the whole suite), SHARED_DIR (default: ../shared beside the
# checkout). Needs root: debootstrap, chroot and mount.
set -euo pipefail
cd "$(dirname "$0")/.."
src="$PWD"

prepare_only=no
if [ "${1:-}" = --prepare ]; then prepare_only=yes; shift; fi
suite="${1:?usage: scripts/test-in-debian.sh [--prepare] SUITE [PHP_VERSION]}"
php_version="${2:-}"
cache="${EVENT_CI_CACHE:-/var/cache/event-ci}"
mirror="${EVENT_CI_MIRROR:-http://deb.debian.org/debian}"
name="$suite${php_version:+-$php_version}"
label="debian $suite${php_version:+ php $php_version}"

fail() { echo "$label: FAILED ($*)"; exit 1; }

case "$suite" in
  experimental) base_suite=sid ;;
  bookworm|trixie|forky|sid) base_suite=$suite ;;
  *) fail "unknown suite '$suite': bookworm, trixie, forky, sid or experimental" ;;
esac
[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap, chroot, mount)"
if ! command -v debootstrap >/dev/null; then
  scripts/install-deps.sh chroot >&2 || fail "cannot install debootstrap"
fi

debs="$cache/debs/$name"
mkdir -p "$debs" "$cache/roots" "$cache/runs"
# One run (or preparation) of a root at a time: CI may prepare several
# suites at once.
exec 9>"$cache/roots/$name.lock"
flock 9

# umount_under DIR: unmounts whatever is mounted in DIR (left by a run that
# was killed), deepest first, so that removing DIR never reaches the host's
# /dev, /proc or the .deb cache.
umount_under() {
  local m
  awk -v d="$1" '$2 == d || index($2, d "/") == 1 { print $2 }' /proc/mounts | sort -r |
    while read -r m; do umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done
}
remove_tree() { # DIR: unmount what is under it, then remove it
  [ -e "$1" ] || return 0
  umount_under "$1"
  rm -rf --one-file-system "$1"
}
for stale in "$cache/runs/$name".*; do [ ! -e "$stale" ] || remove_tree "$stale"; done

# Mounts made by this script, unmounted in reverse order on any exit.
mounts=()
run_dir=""
# The long commands (debootstrap, apt, the test run) run in a session of
# their own, so that a TERM or INT sent to this script alone stops them too
# (bash runs a trap only once its foreground command is done).
child=""
tail_pid=""
run_child() { # COMMAND...: runs COMMAND in its own process group, waits
  local st=0
  setsid "$@" &
  child=$!
  wait "$child" || st=$?
  child=""
  return "$st"
}
cleanup() {
  local i
  if [ -n "$child" ]; then kill -TERM -- "-$child" 2>/dev/null || true; wait "$child" 2>/dev/null || true; child=""; fi
  if [ -n "$tail_pid" ]; then kill "$tail_pid" 2>/dev/null || true; tail_pid=""; fi
  for (( i=${#mounts[@]}-1; i>=0; i-- )); do
    umount "${mounts[$i]}" 2>/dev/null || umount -l "${mounts[$i]}" 2>/dev/null || true
  done
  mounts=()
  if [ -n "$run_dir" ]; then remove_tree "$run_dir"; fi
}
trap cleanup EXIT
trap 'cleanup; echo "$label: FAILED (interrupted)"; trap - EXIT; exit 130' INT TERM HUP

# mount_system ROOT: what a build and the tests need: /proc, /dev (sockets,
# /dev/null, /dev/urandom), /dev/pts, /sys; and the shared .deb cache.
mount_system() {
  local r=$1 d
  for d in proc dev dev/pts sys; do
    mkdir -p "$r/$d"
    mount --bind "/$d" "$r/$d"
    mounts+=("$r/$d")
  done
  mkdir -p "$r/var/cache/apt/archives"
  mount --bind "$debs" "$r/var/cache/apt/archives"
  mounts+=("$r/var/cache/apt/archives")
}

in_root() { # ROOT COMMAND...: runs COMMAND in ROOT with a clean environment
  local r=$1
  shift
  run_child chroot "$r" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

root="$cache/roots/$name"
# A root is made again when install-deps.sh (what it installs) changed, or
# when it is older than EVENT_CI_MAX_AGE_DAYS (default 7: Debian's updates,
# and experimental's new PHP, get tested).
stamp="$(sha256sum scripts/install-deps.sh | cut -d' ' -f1)"
if [ -f "$root/.event-ci-ready" ] &&
   { [ "$(cat "$root/.event-ci-ready")" != "$stamp" ] ||
     [ -n "$(find "$root/.event-ci-ready" -mtime +"${EVENT_CI_MAX_AGE_DAYS:-7}")" ]; }; then
  echo "$label: $root is out of date, making it again" >&2
  rm -f "$root/.event-ci-ready"
fi
if [ ! -f "$root/.event-ci-ready" ]; then
  start=$SECONDS
  remove_tree "$root.new"
  echo "$label: making the root filesystem in $root (debootstrap $base_suite from $mirror)" >&2
  # --cache-dir keeps the .debs: a second root of the same suite downloads
  # only the archive's index.
  run_child debootstrap --variant=minbase --cache-dir="$debs" "$base_suite" "$root.new" "$mirror" \
      > "$cache/roots/$name.debootstrap.log" 2>&1 \
    || { tail -n 20 "$cache/roots/$name.debootstrap.log" >&2; fail "debootstrap $base_suite: see $cache/roots/$name.debootstrap.log"; }
  if [ "$suite" = experimental ]; then
    echo "deb $mirror experimental main" > "$root.new/etc/apt/sources.list.d/experimental.list"
  fi
  # Release files of experimental may be past their Valid-Until; keep every
  # downloaded .deb in the shared cache (bind-mounted on apt's archives).
  cat > "$root.new/etc/apt/apt.conf.d/90event-ci" <<'EOF'
Acquire::Check-Valid-Until "false";
APT::Keep-Downloaded-Packages "true";
Binary::apt::APT::Keep-Downloaded-Packages "true";
EOF
  printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' > "$root.new/etc/hosts"
  cp /etc/resolv.conf "$root.new/etc/resolv.conf" 2>/dev/null || true
  mount_system "$root.new"
  in_root "$root.new" apt-get update -q > "$cache/roots/$name.apt.log" 2>&1 \
    || { tail -n 20 "$cache/roots/$name.apt.log" >&2; fail "apt-get update in $base_suite: see $cache/roots/$name.apt.log"; }
  # The packages the README's command installs (install-deps.sh decides),
  # installed now so that test runs need no network.
  cp scripts/install-deps.sh "$root.new/tmp/install-deps.sh"
  in_root "$root.new" ${php_version:+EVENT_PHP_VERSION=$php_version} bash /tmp/install-deps.sh build test \
      >> "$cache/roots/$name.apt.log" 2>&1 \
    || { tail -n 20 "$cache/roots/$name.apt.log" >&2; fail "installing the packages: see $cache/roots/$name.apt.log"; }
  rm -f "$root.new/tmp/install-deps.sh"
  cleanup
  echo "$stamp" > "$root.new/.event-ci-ready"
  remove_tree "$root"
  mv "$root.new" "$root"
  echo "$label: root filesystem ready in $((SECONDS - start)) s" >&2
fi
[ "$prepare_only" = no ] || { echo "$label: prepared ($root)"; exit 0; }

# A throw-away copy of the root: an overlay (or, where overlayfs is missing,
# a plain copy) in runs/, removed at exit.
start=$SECONDS
run_dir=$(mktemp -d "$cache/runs/$name.XXXXXX")
mkdir -p "$run_dir/upper" "$run_dir/work" "$run_dir/root"
if mount -t overlay overlay -o "lowerdir=$root,upperdir=$run_dir/upper,workdir=$run_dir/work" "$run_dir/root" 2>/dev/null; then
  mounts+=("$run_dir/root")
else
  cp -a "$root/." "$run_dir/root/"
fi
r="$run_dir/root"
mount_system "$r"

# The checkout as committed (HEAD), as a user would unpack it.
mkdir -p "$r/build/event"
git -C "$src" archive --format=tar HEAD | tar -x -C "$r/build/event" \
  || fail "git archive HEAD"
# ../shared (API.md, the API check, the reference build), where test.sh
# looks for it; a git worktree under <main>/wt/NAME has it beside <main>.
shared="${SHARED_DIR:-}"
for d in "$src/../shared" "$src/../../../shared"; do
  [ -n "$shared" ] || [ ! -d "$d" ] || shared=$d
done
if [ -n "$shared" ]; then
  mkdir -p "$r/build/shared"
  cp -a "$shared/." "$r/build/shared/" || fail "copying $shared"
fi

log="$cache/runs/$name.log"
status=0
: > "$log"
tail -n +1 -f "$log" &
tail_pid=$!
in_root "$r" ${php_version:+EVENT_PHP_VERSION=$php_version} TEST_JOBS="${TEST_JOBS:-2}" \
  bash -c 'cd /build/event && ./scripts/test.sh "$@"' test.sh ${EVENT_CI_TESTS:-} >> "$log" 2>&1 || status=$?
sleep 1 # tail shows the last lines
kill "$tail_pid" 2>/dev/null || true
wait "$tail_pid" 2>/dev/null || true
tail_pid=""
# What failed, shown here: the root goes away with this run.
# (tests are in folders under tests/: look at every depth)
find "$r"/build/event/tests -name '*.diff' -type f 2>/dev/null | sort | while read -r d; do
  echo "--- ${d#"$r"/build/event/} (first 40 lines)"
  head -n 40 "$d"
done | tee -a "$log"

v=$php_version
versions=$(chroot "$r" /usr/bin/env -i PATH=/usr/bin:/bin bash -c "php$v -r 'echo PHP_VERSION;' && echo -n ' libevent ' && pkg-config --modversion libevent_core" 2>/dev/null || true)
label="debian $suite php ${versions:-?}"
summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' "$log" | tail -n 1 || true)
# The module must compile without a warning on every PHP (cc's "file.c:1:2:
# warning:" lines; autoconf's own are not the module's).
warnings=$(grep -cE '\.[ch]:[0-9]+:[0-9]+: warning:' "$log" || true)
took=$((SECONDS - start))
if [ "$status" -eq 0 ] && [ -n "$summary" ] && [ "$warnings" -eq 0 ]; then
  echo "$label: $summary ($took s)"
elif [ "$status" -eq 0 ] && [ -n "$summary" ]; then
  status=1
  echo "$label: $summary, FAILED ($warnings compiler warnings; $took s)"
else
  [ "$status" -ne 0 ] || status=1
  echo "$label: ${summary:+$summary, }FAILED (scripts/test.sh exited $status; $took s)"
fi
exit "$status"
