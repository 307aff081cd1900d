#!/usr/bin/env bash
# Builds the extension with AddressSanitizer, LeakSanitizer and
# UndefinedBehaviorSanitizer in a separate folder (the tree's own build stays
# as it is) and runs the tests there. Any sanitizer report fails the run,
# even in a test whose output still matched. Its last line is
# "asan: N passed, N failed, N skipped".
#
# Usage: scripts/asan-test.sh [phpt files or dirs...]   (default: tests)
# Environment:
#   ASAN_BUILD_DIR  the folder (default: build-asan in the tree, emptied first)
#   TEST_JOBS       run-tests -jN (default 1)
#   TEST_TIMEOUT    seconds for the whole suite (default 1500)
#   MAKE_JOBS       make -jN (default 2)
#
# How: scripts/asan-build.sh builds the sanitized extension. Debian's PHP is
# not instrumented, so the ASan runtime is preloaded into each test's PHP by
# scripts/asan-php.sh (run-tests -p), with a small dlopen() wrapper
# (asan-nodeepbind.c) because PHP loads extensions with RTLD_DEEPBIND, which
# the runtime refuses. USE_ZEND_ALLOC=0 makes every emalloc() a malloc(),
# so leaks of the extension's zvals and strings are seen; leaks inside PHP,
# libc, libevent or OpenSSL themselves are suppressed by .ci/lsan.supp.
set -euo pipefail
cd "$(dirname "$0")/.."
src="$PWD"
dir="${ASAN_BUILD_DIR:-$src/build-asan}"

scripts/install-deps.sh build test

runtime=$(gcc -print-file-name=libasan.so)
if [ ! -e "$runtime" ]; then
  echo "asan: the compiler has no libasan.so ($runtime)" >&2
  exit 1
fi

scripts/asan-build.sh "$dir"
dir=$(cd "$dir" && pwd)
cd "$dir"

mkdir -p logs reports
export EVENT_ASAN_DIR="$dir" EVENT_ASAN_RUNTIME="$runtime"
export EVENT_ASAN_PHP="${PHP_EXECUTABLE:-$(command -v php)}"
export EVENT_ASAN_SUPP="$dir/.ci/lsan.supp"
export USE_ZEND_ALLOC=0 NO_INTERACTION=1 REPORT_EXIT_STATUS=1

[ $# -gt 0 ] || set -- tests
run_tests_args=(-p "$dir/scripts/asan-php.sh" --no-color)
[ -z "${TEST_JOBS:-}" ] || run_tests_args+=("-j$TEST_JOBS")
run_tests_args+=("$@")

. "$dir/scripts/run-tests.inc.sh"
log="$dir/run-tests.log"
run_phpt "$log" "${run_tests_args[@]}"

reports=("$dir"/reports/*)
if [ -e "${reports[0]}" ]; then
  echo
  echo "asan: ${#reports[@]} sanitizer report(s) (kept in $dir/reports):"
  for report in "${reports[@]}"; do
    echo "---- $(basename "$report")"
    head -n 60 "$report"
  done
  # A test with a report counts as failed (once), even if its output
  # matched: it moves from passed to failed.
  # Both as asan-php.sh names the reports: the path under tests/, / as -.
  failed_names=$(sed -n 's/.*\(FAIL\|LEAK\|BORK\) .*\[tests\/\([^]]*\)\.phpt\] *$/\2/p' "$log" | tr / - | sort -u)
  report_names=$(for r in "${reports[@]}"; do basename "$r" | sed 's/\.\(skip\.\|clean\.\)\{0,1\}php\.[^.]*$//'; done | sort -u)
  newly_failed=$(comm -13 <(echo "$failed_names") <(echo "$report_names") | grep -c . || true)
  passed=$(( passed > newly_failed ? passed - newly_failed : 0 ))
  failed=$(( failed + newly_failed ))
  status=1
fi

phpt_summary "asan: "
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
