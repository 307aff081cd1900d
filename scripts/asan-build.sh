#!/usr/bin/env bash
# The one sanitizer build: the extension with AddressSanitizer and
# UndefinedBehaviorSanitizer, in a folder of its own (the tree's own build
# stays as it is), plus the dlopen() wrapper that lets Debian's PHP load it
# (asan-nodeepbind.c: PHP loads extensions with RTLD_DEEPBIND, which the ASan
# runtime refuses). scripts/asan-test.sh (the suite) and the fuzzers'
# sanitizer modes (tests/fuzz/run_api_fuzz.sh --asan, run_http_fuzz.sh asan)
# build with it.
#
# Usage: scripts/asan-build.sh DIR [--reuse]
#   --reuse  keep DIR's build when it is newer than every tracked source
# Leaves DIR/modules/event.so and DIR/asan-nodeepbind.so. The runtime to
# preload is `gcc -print-file-name=libasan.so`.
set -euo pipefail
cd "$(dirname "$0")/.."
src="$PWD"
dir="${1:?usage: scripts/asan-build.sh DIR [--reuse]}"
reuse="${2:-}"

if [ "$reuse" = --reuse ] && [ -f "$dir/modules/event.so" ] && [ -f "$dir/asan-nodeepbind.so" ]; then
  newest=$(git ls-files -z -- '*.c' '*.h' config.m4 Makefile.frag | xargs -0 ls -t | head -1)
  if [ "$dir/modules/event.so" -nt "$src/$newest" ]; then
    exit 0
  fi
fi

# Empty the folder, and copy the tracked files into it (the tree's own
# build products, if any, stay behind).
rm -rf "$dir"
mkdir -p "$dir"
git ls-files -z | xargs -0 tar -c | tar -x -C "$dir"
cd "$dir"

echo "asan: building in $PWD" >&2
# -fno-sanitize-recover is not used: a UB report is printed and the run goes
# on; the callers fail on the report.
san="-fsanitize=address,undefined -fno-omit-frame-pointer"
phpize >/dev/null
./configure CFLAGS="-g -O1 $san" LDFLAGS="$san" >configure.log 2>&1 \
  || { tail -n 30 configure.log >&2; exit 1; }
make -j"${MAKE_JOBS:-2}" >make.log 2>&1 || { tail -n 50 make.log >&2; exit 1; }
gcc -shared -fPIC -O2 -o asan-nodeepbind.so scripts/asan-nodeepbind.c -ldl
echo "asan: build ready" >&2
