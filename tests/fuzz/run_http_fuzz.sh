#!/usr/bin/env bash
# Runs tests/fuzz/http_fuzz.php against the extension, and fails on what the
# script cannot see itself: anything the server process wrote to stderr
# (libevent's "[warn]"/"[err]" lines, PHP warnings, ASan or valgrind reports).
#
# Usage: tests/fuzz/run_http_fuzz.sh [normal|asan|valgrind] [http_fuzz.php options...]
#   normal    modules/event.so of this tree (build it first); default 100000 requests
#   asan      builds the sanitized extension (scripts/asan-build.sh) in
#             $ASAN_BUILD_DIR (default /tmp/httpfuzz-asan, emptied first) and
#             preloads the ASan runtime into Debian's PHP; default 20000 requests
#   valgrind  USE_ZEND_ALLOC=0 valgrind --leak-check=full on the server process
#             (pcre.jit off); default 2000 requests, client waits stretched
#             (--slow=20); memory_get_usage() means nothing without Zend's allocator
# Options after the mode go to http_fuzz.php (e.g. --seed=7 --requests=5000;
# --mode=parser for the parser mode: pipelined valid, bad, damaged and random
# requests split at random byte boundaries, see tests/fuzz/README.md).
# The server's stderr is kept in $HTTP_FUZZ_LOG (default /tmp/http_fuzz.<mode>.log).
# The whole run is killed after $HTTP_FUZZ_LIMIT seconds (default 1800, 3600
# under ASan and valgrind).
set -uo pipefail
cd "$(dirname "$0")/../.."
mode="${1:-normal}"
[ $# -gt 0 ] && shift
log="${HTTP_FUZZ_LOG:-/tmp/http_fuzz.$mode.log}"
fuzz=tests/fuzz/http_fuzz.php
php=${PHP:-php}
ext="$PWD/modules/event.so"
pre=()
phpopt=()
extra=()
limit=1800

case "$mode" in
normal)
    extra=(--requests=100000)
    ;;
asan)
    dir="${ASAN_BUILD_DIR:-/tmp/httpfuzz-asan}"
    scripts/asan-build.sh "$dir" || { echo "asan build failed"; exit 2; }
    ext="$dir/modules/event.so"
    pre=(env LD_PRELOAD="$dir/asan-nodeepbind.so $(gcc -print-file-name=libasan.so)"
        ASAN_OPTIONS="detect_leaks=0:verify_asan_link_order=0:abort_on_error=0:halt_on_error=0")
    extra=(--requests=20000 --slow=3)
    limit=3600
    ;;
valgrind)
    pre=(env USE_ZEND_ALLOC=0 valgrind -q --leak-check=full --show-leak-kinds=definite,indirect,possible
        --errors-for-leak-kinds=definite,indirect,possible --num-callers=30 --error-exitcode=99)
    # PCRE's JIT code (the fuzzer's preg_* calls) trips valgrind: run without it
    phpopt=(-d pcre.jit=0)
    extra=(--requests=2000 --warmup=200 --slow=20 --concurrency=20)
    limit=3600
    ;;
*)
    echo "usage: $0 [normal|asan|valgrind] [http_fuzz.php options...]" >&2
    exit 2
    ;;
esac

limit="${HTTP_FUZZ_LIMIT:-$limit}"
echo "mode $mode, extension $ext, server stderr in $log"
start=$(date +%s)
timeout -k 10 "$limit" "${pre[@]}" "$php" -n -d extension=sockets -d extension="$ext" -d memory_limit=1G "${phpopt[@]}" \
    "$fuzz" "${extra[@]}" "$@" 2>"$log"
rc=$?
end=$(date +%s)
echo "server exit status $rc, wall time $((end - start)) s"
if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    echo "FAIL: the run did not finish within $limit s (hang?)"
    rc=1
fi
if [ -s "$log" ]; then
    echo "FAIL: the server wrote to stderr ($(wc -l <"$log") lines, distinct ones below; full log $log):"
    sed -E 's/fd [0-9]+/fd N/g; s/==[0-9]+==/==PID==/' "$log" | sort | uniq -c | sort -rn | head -40
    [ "$rc" -eq 0 ] && rc=1
fi
exit "$rc"
