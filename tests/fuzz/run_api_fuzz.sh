#!/usr/bin/env bash
# Runs the API fuzzer (api_fuzz.php) over many seeds; see README.md here.
#
# Usage: tests/fuzz/run_api_fuzz.sh [--asan] [COUNT [FIRST_SEED [JOBS [EVENT_SO]]]] [--steps=M] [--timeout=S] [--out=DIR]
#   default: COUNT 100, FIRST_SEED 1, JOBS 2, EVENT_SO modules/event.so of this tree (built if missing)
#   --asan   builds the extension with AddressSanitizer in $ASAN_BUILD_DIR
#            (default /tmp/event-asan-fuzz; reused when it is newer than the
#            sources, rebuilt otherwise) and runs the children with the ASan
#            runtime preloaded, the way scripts/asan-test.sh does (a dlopen
#            wrapper, scripts/asan-nodeepbind.c, since PHP loads extensions
#            with RTLD_DEEPBIND). EVENT_SO then defaults to that build.
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
  newest=$(git ls-files -z -- '*.c' '*.h' config.m4 | xargs -0 ls -t | head -1)
  if [ ! -f "$dir/modules/event.so" ] || [ "$src/$newest" -nt "$dir/modules/event.so" ]; then
    echo "run_api_fuzz: building the ASan extension in $dir" >&2
    rm -rf "$dir"
    mkdir -p "$dir"
    git ls-files -z | xargs -0 tar -c | tar -x -C "$dir"
    (cd "$dir" && phpize >/dev/null &&
      ./configure CFLAGS="-g -O1 -fsanitize=address -fno-omit-frame-pointer" LDFLAGS="-fsanitize=address" >/dev/null &&
      make -j"${MAKE_JOBS:-2}" >/dev/null)
  fi
  if [ ! -f "$dir/asan-nodeepbind.so" ]; then
    gcc -shared -fPIC -O2 -o "$dir/asan-nodeepbind.so" scripts/asan-nodeepbind.c -ldl
  fi
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
