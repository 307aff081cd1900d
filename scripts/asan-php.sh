#!/usr/bin/env bash
# The PHP that run-tests starts for each test in the sanitizer run
# (scripts/asan-test.sh passes it with -p); not meant to be run by hand.
#
# Debian's PHP is not instrumented: the ASan runtime is preloaded here, into
# this PHP only (asan-nodeepbind.c), so run-tests.php itself, and the
# programs a test starts, run without it. Each run writes its sanitizer
# reports into a folder of its own; after PHP exits they are copied to
# stderr, which run-tests merges into the test's output (the test fails on
# the mismatch), and kept in $EVENT_ASAN_DIR/reports/, which fails the whole
# run whatever the test expected (a report matched by a %a still counts).
#
# Set by scripts/asan-test.sh: EVENT_ASAN_DIR (the build folder),
# EVENT_ASAN_PHP (the real PHP), EVENT_ASAN_RUNTIME (libasan.so),
# EVENT_ASAN_SUPP (the LeakSanitizer suppressions).
set -u

logs=$(mktemp -d "$EVENT_ASAN_DIR/logs/run.XXXXXX") || exit 125

. "$(dirname "$0")/php-wrapper.inc.sh"
wrapper_args "$EVENT_ASAN_DIR/scripts/leakcheck-prepend.php" "$@"
# Reports are named after the test's path under tests/ with / as -
# (tests/http/server/limits.php: http-server-limits.php.XXXXXX): tests in
# different folders share names (basic.phpt), and asan-test.sh matches the
# reports to run-tests' failures by that name.
report_name=${script#"$EVENT_ASAN_DIR"/}
report_name=${report_name#tests/}
report_name=${report_name//\//-}

# detect_leaks: with USE_ZEND_ALLOC=0 every emalloc() is a malloc(), so a
#   zval, string or object the extension forgets is a leak LeakSanitizer sees.
# verify_asan_link_order=0: asan-nodeepbind.so must come before the runtime.
# fast_unwind_on_malloc=0: PHP is built without frame pointers; the slow
#   unwinder gives whole allocation stacks, which the suppressions match.
# detect_odr_violation=0: PHP and its extensions are not instrumented.
# ZEND_DONT_UNLOAD_MODULES: PHP keeps event.so mapped until exit, so the
#   leak report, made at exit, can name its functions.
LD_PRELOAD="$EVENT_ASAN_DIR/asan-nodeepbind.so $EVENT_ASAN_RUNTIME" \
ASAN_OPTIONS="detect_leaks=1:verify_asan_link_order=0:fast_unwind_on_malloc=0:detect_odr_violation=0:abort_on_error=0:exitcode=86:log_path=$logs/asan" \
LSAN_OPTIONS="suppressions=$EVENT_ASAN_SUPP:print_suppressions=0:exitcode=86:log_path=$logs/asan" \
UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=0:report_error_type=1" EVENT_UBSAN_LOG="$logs/ubsan" \
USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1 EVENT_ASAN_FATAL_MARK="$logs/fatal" \
	"$EVENT_ASAN_PHP" "${args[@]}" <&0 &
wrapper_wait $!

for report in "$logs"/asan* "$logs"/ubsan*; do
	[ -f "$report" ] || continue
	# After a fatal error PHP leaves its request memory to its allocator
	# (leakcheck-prepend.php): a leak report then says nothing about the extension.
	if [ -e "$logs/fatal" ] && grep -q 'ERROR: LeakSanitizer' "$report"; then
		continue
	fi
	# LeakSanitizer's own tracer sometimes crashes while it stops the
	# threads at exit ("Tracer caught signal 11 ... has encountered a fatal
	# error"): no check was made, nothing was found; the test's output is
	# still compared.
	if grep -q 'LeakSanitizer has encountered a fatal error' "$report" \
			&& ! grep -q 'ERROR: \|runtime error' "$report"; then
		continue
	fi
	cat "$report" >&2
	{
		echo "== $script (PHP exit status $status)"
		cat "$report"
	} >"$(mktemp "$EVENT_ASAN_DIR/reports/$report_name.XXXXXX")"
done
rm -rf "$logs"
exit "$status"
