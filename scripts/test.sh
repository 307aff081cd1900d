#!/usr/bin/env bash
# On a fresh Debian machine: installs what is missing, builds the extension
# and runs its test suite (and the API check against ../shared/API.md when
# ../shared is there). Exits non-zero when anything fails; its last line is
# "N passed, N failed, N skipped".
#
# Usage: scripts/test.sh [--valgrind] [--ns=NS] [phpt files or dirs...]
#   --valgrind  run every test under valgrind with a leak check
#               (scripts/valgrind-php.sh); errors and leaks fail
#   --ns=NS     build with --with-event-ns=NS first (a namespaced build)
# Environment: CONFIGURE_OPTS (extra ./configure options), SHARED_DIR
# (default: ../shared beside the source tree), TEST_JOBS (run-tests -jN),
# TEST_TIMEOUT (seconds for the whole suite, default 1500: a hung run fails
# well inside CI's limit; run-tests itself stops a single test after 60 s).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

valgrind=no
configure_opts=()
tests=()
for arg in "$@"; do
  case "$arg" in
    --valgrind) valgrind=yes ;;
    --ns=*)     configure_opts+=("--with-event-ns=${arg#--ns=}") ;;
    *)          tests+=("$arg") ;;
  esac
done
if [ -n "${CONFIGURE_OPTS:-}" ]; then
  read -r -a extra <<<"$CONFIGURE_OPTS"
  configure_opts+=("${extra[@]}")
fi
[ ${#tests[@]} -gt 0 ] || tests=(tests)

groups=(build test)
[ "$valgrind" = no ] || groups+=(valgrind)
scripts/install-deps.sh "${groups[@]}"
scripts/build.sh ${configure_opts[@]+"${configure_opts[@]}"}

export NO_INTERACTION=1 REPORT_EXIT_STATUS=1
run_tests_args=(--no-color)
# --valgrind: each test's PHP under valgrind with a leak check (valgrind-php.sh).
[ "$valgrind" = no ] || run_tests_args+=(-p "$root/scripts/valgrind-php.sh")
[ -z "${TEST_JOBS:-}" ] || run_tests_args+=("-j$TEST_JOBS")
run_tests_args+=("${tests[@]}")

. "$root/scripts/run-tests.inc.sh"
run_phpt "$root/tests/run-tests.log" "${run_tests_args[@]}"

api=ok
shared="${SHARED_DIR:-$root/../shared}"
# A git worktree under <checkout>/wt/NAME has it beside the checkout.
[ -n "${SHARED_DIR:-}" ] || [ -d "$shared" ] || shared="$root/../../../shared"
# The PHP the module was built for (the one run-tests uses).
php=$(sed -n 's/^PHP_EXECUTABLE = //p' Makefile 2>/dev/null || true)
[ -n "$php" ] || php=php
ns=$("$php" -n -d extension=sockets -d extension=modules/event.so -r 'echo EVENT_NS;' 2>/dev/null || true)
if [ -n "$ns" ]; then
  # API.md names the classes without a namespace.
  echo "api-check: skipped (namespaced build: EVENT_NS is $ns)"
elif [ -f "$shared/tools/api-check.php" ]; then
  echo "api-check: $shared/tools/api-check.php"
  "$php" -n -d extension=sockets -d extension=modules/event.so "$shared/tools/api-check.php" | tail -n 40 || api=failed
  if [ "$api" != ok ]; then echo "api-check: FAILED"; fi
else
  echo "api-check: skipped ($shared/tools/api-check.php not found)"
fi

# The differential harness (tests/diff/): the whole suite's run only, and
# only where the reference build loads (it says "skipped" elsewhere).
diff=ok
if [ "$valgrind" = no ] && [ "${tests[*]}" = tests ] && [ -z "$ns" ]; then
  EVENT_REFERENCE_SO="${EVENT_REFERENCE_SO:-$shared/reference/pecl-event-3.1.5.so}" \
    "$php" -n tests/diff/run.php --jobs="${TEST_JOBS:-2}" || diff=failed
  if [ "$diff" != ok ]; then echo "diff: FAILED"; fi
fi

# The HTTP engine's C tests (tests/http_engine/run.sh), counted with the rest.
engine=ok
if [ "$valgrind" = no ] && [ "${tests[*]}" = tests ]; then
  tests/http_engine/run.sh >"$root/tests/http_engine.log" 2>&1 || engine=failed
  tail -n 8 "$root/tests/http_engine.log"
  line=$(grep -E '^http_engine: [0-9]+ passed, [0-9]+ failed$' "$root/tests/http_engine.log" | tail -n 1 || true)
  if [ -n "$line" ]; then
    read -r _ p _ f _ <<<"$line"
    passed=$((passed + p)); failed=$((failed + ${f%,}))
  fi
  if [ "$engine" != ok ]; then echo "http_engine: FAILED (tests/http_engine.log)"; fi
fi

phpt_summary ""
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ] && [ "$api" = ok ] && [ "$diff" = ok ] && [ "$engine" = ok ]
