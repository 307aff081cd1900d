# Shared by the PHPs that run-tests starts per test in the sanitizer and
# valgrind runs (scripts/asan-php.sh, scripts/valgrind-php.sh); sourced.

# wrapper_args PREPEND ARGS...: sets the array `args` to ARGS with
# `-d auto_prepend_file=PREPEND` inserted just before the `-f` that names the
# test script (run-tests' own -d auto_prepend_file= comes first; ours must
# follow it), and `script` to that script's path.
wrapper_args() {
	local prepend=$1 arg prev=
	shift
	args=()
	script=unknown
	for arg in "$@"; do
		if [ "$arg" = -f ] && [ "$script" = unknown ]; then
			args+=(-d "auto_prepend_file=$prepend")
		fi
		[ "$prev" = -f ] && script=$arg
		args+=("$arg")
		prev=$arg
	done
}

# wrapper_wait PID: waits for the command started in the background (with
# `<&0 &`, so it keeps stdin) and sets `status` to its exit status. A test
# that stops its child (proc_terminate) signals this script: TERM, INT and
# HUP are passed on, or the command would be left running.
wrapper_wait() {
	local child=$1
	trap 'kill -TERM "$child" 2>/dev/null' TERM INT HUP
	wait "$child"
	status=$?
	while kill -0 "$child" 2>/dev/null; do
		wait "$child"
		status=$?
	done
}
