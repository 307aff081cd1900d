#!/usr/bin/env bash
# Builds the extension with AddressSanitizer in a separate folder (the tree's
# own build stays as it is) and runs the tests there.
#
# Usage: scripts/asan-test.sh [phpt files or dirs...]
# ASAN_BUILD_DIR: the folder (default /tmp/event-asan; emptied first).
# The PHP binary is not instrumented: the ASan runtime is preloaded, with a
# small dlopen() wrapper (asan-nodeepbind.c) because PHP loads extensions
# with RTLD_DEEPBIND, which ASan refuses. Leak detection is off: PHP's own
# allocations at exit would drown the report (valgrind runs, --valgrind in
# scripts/test.sh, check leaks).
set -euo pipefail
cd "$(dirname "$0")/.."
src="$PWD"
dir="${ASAN_BUILD_DIR:-/tmp/event-asan}"

scripts/install-deps.sh build test

rm -rf "$dir"
mkdir -p "$dir"
git ls-files -z | (cd "$src" && xargs -0 tar -c) | tar -x -C "$dir"
cd "$dir"
phpize >/dev/null
./configure CFLAGS="-g -O1 -fsanitize=address -fno-omit-frame-pointer" LDFLAGS="-fsanitize=address" >/dev/null
make -j"${MAKE_JOBS:-2}" >/dev/null
gcc -shared -fPIC -O2 -o asan-nodeepbind.so scripts/asan-nodeepbind.c -ldl

[ $# -gt 0 ] || set -- tests
export LD_PRELOAD="$dir/asan-nodeepbind.so $(gcc -print-file-name=libasan.so)"
export ASAN_OPTIONS="detect_leaks=0:verify_asan_link_order=0:abort_on_error=0"
export USE_ZEND_ALLOC=0 NO_INTERACTION=1 REPORT_EXIT_STATUS=1
make test TESTS="--no-color $*"
