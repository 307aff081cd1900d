<?php
// Prepended to each test of the sanitizer run (scripts/asan-php.sh) and of
// the valgrind run (scripts/valgrind-php.sh): the two leak checks.
//
// A release build of PHP collects no garbage cycles at shutdown: whatever is
// still in a cycle then (a closure that captures its own Event, as many tests
// keep in globals) is never freed, by design, and LeakSanitizer would report
// it. So the very last shutdown function drops the globals, in reverse order
// as PHP itself does, and collects cycles, as a debug build of PHP does at
// shutdown. What leaks after that is not freed by reference counting nor by
// the cycle collector: a real leak (or an object whose get_gc hides a value).
//
// After a fatal error PHP abandons the request's memory on purpose (its
// allocator frees the whole heap at once), so no leak is meaningful there: the
// file named by EVENT_ASAN_FATAL_MARK tells asan-php.sh to drop the leak
// report (memory errors are still reported).
// Named functions, not closures: the prepended file creates no object, so
// the object handles a test shows (var_dump's #N) stay as they are.
function event_asan_shutdown_first(): void
{
	// Registered from a shutdown function: runs after the test's own ones.
	register_shutdown_function('event_asan_shutdown_last');
}

function event_asan_shutdown_last(): void
{
	$fatal = E_ERROR | E_PARSE | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR | E_RECOVERABLE_ERROR;
	$last = error_get_last();
	if ($last !== null && ($last['type'] & $fatal)) {
		$mark = getenv('EVENT_ASAN_FATAL_MARK');
		if ($mark !== false) {
			touch($mark);
		}
		return;
	}
	foreach (array_reverse(array_keys($GLOBALS)) as $name) {
		unset($GLOBALS[$name]);
	}
	gc_collect_cycles();
}

register_shutdown_function('event_asan_shutdown_first');
