#!/usr/bin/env bash
# Runs the API fuzzer (api_fuzz.php) over many seeds; see README.md here.
#
# Usage: tests/fuzz/run_api_fuzz.sh [--asan] [COUNT [FIRST_SEED [JOBS [EVENT_SO]]]] [--steps=M] [--timeout=S] [--out=DIR]
#   default: COUNT 100, FIRST_SEED 1, JOBS 2, EVENT_SO modules/event.so of this tree (built if missing)
#   --asan   builds the sanitized extension (scripts/asan-build.sh) in
#            $ASAN_BUILD_DIR (default /tmp/event-asan-fuzz; reused when it is
#            newer than the sources) and runs the children with the ASan
#            runtime preloaded, as scripts/asan-test.sh does. EVENT_SO then
#            defaults to that build.
set -euo pipefail
cd "$(dirname "$0")/../.."
src="$PWD"

asan=0
args=()
for a in "$@"; do
  if [ "$a" = "--asan" ]; then asan=1; else args+=("$a"); fi
done

if [ "$asan" = 1 ]; then
  dir="${ASAN_BUILD_DIR:-/tmp/event-asan-fuzz}"
  scripts/asan-build.sh "$dir" --reuse
  # EVENT_SO (4th positional argument) defaults to the ASan build.
  pos=0
  for a in "${args[@]+"${args[@]}"}"; do case "$a" in --*) ;; *) pos=$((pos + 1)) ;; esac; done
  defaults=(100 1 2)
  while [ "$pos" -lt 3 ]; do args+=("${defaults[$pos]}"); pos=$((pos + 1)); done
  [ "$pos" -ge 4 ] || args+=("$dir/modules/event.so")
  export FUZZ_LD_PRELOAD="$dir/asan-nodeepbind.so $(gcc -print-file-name=libasan.so)"
  export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:verify_asan_link_order=0:abort_on_error=0}"
  export USE_ZEND_ALLOC=0
elif [ ! -f modules/event.so ]; then
  scripts/build.sh >/dev/null
fi

exec php -n -d memory_limit=-1 tests/fuzz/run_api_fuzz.php "${args[@]+"${args[@]}"}"
