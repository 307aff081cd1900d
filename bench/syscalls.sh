#!/usr/bin/env bash
# System calls per request: each server runs under `strace -c -f` and serves a
# fixed number of sequential keep-alive GET / requests, then exits by itself.
#
#   bench/syscalls.sh                 (see bench/README.md)
#
# Two runs per server, serving WARMUP (default 0: start + stop only) and
# WARMUP+N requests; per syscall name:
#   calls/request = (calls[WARMUP+N] - calls[WARMUP]) / N
# so start-up and shut-down cancel out (the one connection's accept and close
# remain, spread over N requests).
#
# Settings (environment): N=10000 WARMUP=0 EVENT_SO=... SKIP_PHP=1
set -uo pipefail
. "$(dirname "$0")/lib.sh"

N=${N:-10000}
WARMUP=${WARMUP:-0}

need_command strace

build_c
check_php
declare -A TOTAL=()
for name in $(server_list); do
	log "$name: strace runs with $WARMUP and $((WARMUP + N)) requests"
	strace_counts "$name" "$WARMUP" >"$WORK_DIR/$name.base" || exit 1
	strace_counts "$name" $((WARMUP + N)) >"$WORK_DIR/$name.full" || exit 1
	per_request "$WORK_DIR/$name.base" "$WORK_DIR/$name.full" >"$WORK_DIR/$name.per"
	TOTAL[$name]=$(awk '{ t += $2 } END { printf "%.3f", t }' "$WORK_DIR/$name.per")
done

echo "system calls per request (GET /, keep-alive, $N requests, baseline: $WARMUP requests)"
servers=$(server_list)
printf '%-20s' syscall; for name in $servers; do printf ' %10s' "$name"; done; echo
awk '{ print $1 }' "$WORK_DIR"/*.per | sort -u | while read -r sc; do
	printf '%-20s' "$sc"
	for name in $servers; do
		v=$(awk -v s="$sc" '$1 == s { print $2 }' "$WORK_DIR/$name.per")
		printf ' %10s' "${v:-0}"
	done
	echo
done
printf '%-20s' total; for name in $servers; do printf ' %10s' "${TOTAL[$name]}"; done; echo
if [ "$PHP_OK" = 1 ]; then
	echo "php - c: $(awk -v p="${TOTAL[php]}" -v c="${TOTAL[c]}" 'BEGIN { printf "%.3f", p - c }') syscalls per request"
fi
