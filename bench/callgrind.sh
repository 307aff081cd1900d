#!/usr/bin/env bash
# Instructions per request: each server runs under callgrind and serves a fixed
# number of sequential keep-alive GET / requests, then exits by itself.
#
#   bench/callgrind.sh                (see bench/README.md)
#
# Three runs per server, serving 0, WARMUP and WARMUP+N requests:
#   Ir/request = (Ir[WARMUP+N] - Ir[WARMUP]) / N
# so start-up, shut-down, the connection's set-up and the warm-up cancel out.
# The 0-request run (start + stop) gives the start-up cost and
#   Ir/request incl. warm-up = (Ir[WARMUP+N] - Ir[0]) / (WARMUP+N).
#
# Settings (environment): N=10000 WARMUP=1000 EVENT_SO=... SKIP_PHP=1
set -uo pipefail
. "$(dirname "$0")/lib.sh"

N=${N:-10000}
WARMUP=${WARMUP:-1000}

need_command valgrind

# total_ir NAME REQUESTS: total instructions (Ir) of one run.
total_ir() {
	local prefix=$WORK_DIR/$1.$2
	run_counted "$1" "$2" "$prefix" \
		valgrind --tool=callgrind --callgrind-out-file="$prefix.callgrind" ||
		die "callgrind run of the $1 server ($2 requests) failed"
	awk '/^(summary|totals):/ { print $2; exit }' "$prefix.callgrind"
}

build_c
check_php
declare -A IR_PER_REQ=()
printf '%-4s %16s %16s %16s %14s %16s\n' srv "Ir[0]" "Ir[$WARMUP]" "Ir[$((WARMUP + N))]" "Ir/request" "incl. warm-up"
for name in $(server_list); do
	log "$name: callgrind runs with 0, $WARMUP and $((WARMUP + N)) requests (GET /)"
	base=$(total_ir "$name" 0) || exit 1
	if [ "$WARMUP" -gt 0 ]; then warm=$(total_ir "$name" "$WARMUP") || exit 1; else warm=$base; fi
	full=$(total_ir "$name" $((WARMUP + N))) || exit 1
	IR_PER_REQ[$name]=$(awk -v f="$full" -v w="$warm" -v n="$N" 'BEGIN { printf "%.0f", (f - w) / n }')
	printf '%-4s %16s %16s %16s %14s %16s\n' "$name" "$base" "$warm" "$full" "${IR_PER_REQ[$name]}" \
		"$(awk -v f="$full" -v b="$base" -v n=$((WARMUP + N)) 'BEGIN { printf "%.0f", (f - b) / n }')"
done
echo
echo "instructions per request (GET /, keep-alive, $N requests after $WARMUP warm-up):"
echo "  C:   ${IR_PER_REQ[c]}"
for name in $(server_list); do
	[ "$name" = c ] && continue
	echo "  $name: ${IR_PER_REQ[$name]}   $name - C: $((IR_PER_REQ[$name] - IR_PER_REQ[c]))   $name/C: $(ratio "${IR_PER_REQ[$name]}" "${IR_PER_REQ[c]}")"
done
[ "$PHP_OK" = 1 ] || echo "  PHP: n/a (skipped)"
