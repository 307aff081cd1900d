#!/usr/bin/env bash
# The PHP that run-tests starts for each test in the valgrind run
# (scripts/test.sh --valgrind passes it with -p); not meant to be run by hand.
#
# Each test's PHP runs under valgrind's memcheck with a full leak check
# (run-tests' own -m has none), USE_ZEND_ALLOC=0 so every allocation is
# valgrind's to see, and scripts/leakcheck-prepend.php so that cycles the test
# leaves behind are collected at shutdown (a release build of PHP does not),
# exactly as in the sanitizer run. Any error or definite/indirect leak is
# copied into the test's output, which then fails. After a fatal error PHP
# abandons its memory on purpose: leak reports of such a run are dropped,
# memory errors are kept.
set -u
root="$(cd "$(dirname "$0")/.." && pwd)"
real_php="${EVENT_VALGRIND_PHP:-$(command -v php)}"
logs=$(mktemp -d "${TMPDIR:-/tmp}/event-vg.XXXXXX") || exit 125

. "$(dirname "$0")/php-wrapper.inc.sh"
wrapper_args "$root/scripts/leakcheck-prepend.php" "$@"

USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1 EVENT_ASAN_FATAL_MARK="$logs/fatal" \
	valgrind -q --tool=memcheck --leak-check=full --show-leak-kinds=definite,indirect \
	--errors-for-leak-kinds=definite,indirect --error-exitcode=87 --log-file="$logs/vg.%p" \
	"$real_php" "${args[@]}" <&0 &
wrapper_wait $!

for report in "$logs"/vg.*; do
	[ -s "$report" ] || continue
	if [ -e "$logs/fatal" ] && ! grep -qE 'Invalid|uninitialised|Mismatched|overlap' "$report"; then
		continue
	fi
	cat "$report" >&2
done
rm -rf "$logs"
exit "$status"
