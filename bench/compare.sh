#!/usr/bin/env bash
# The HTTP server engine's targets, measured side by side in one run: this
# extension (ours), the raw C libevent server (c), Swoole 5.1.8 (swoole) and
# PECL event 3.1.5 (pecl), each where it loads, all serving the hello-world
# handler on GET /.
#
#   bench/compare.sh                  (see bench/README.md)
#
# Phases (PHASES, any subset, in this order):
#   throughput  req/s, wrk -t1 -cCONNECTIONS plain keep-alive and pipelined
#               PIPELINE_DEPTH deep, ROUNDS interleaved rounds, medians, ratios
#   callgrind   instructions per request, HTTP/1.1 keep-alive (client seq)
#               and HTTP/1.0 keep-alive (ab -k)
#   syscalls    system calls per request (strace -c -f), client seq
#   memory      RSS per idle keep-alive connection and per held long-poll request
#
# Settings (environment): ROUNDS=5 DURATION=5 CONNECTIONS=50 PIPELINE_DEPTH=16
# N=10000 WARMUP=1000 (callgrind, syscalls) IDLE_CONNS=10000 HELD_REQUESTS=10000
# MEM_ROUNDS=1 SERVERS="ours c swoole pecl" EVENT_SO PECL_SO SWOOLE_SO
# REFERENCE_DIR KEEP_WORK=1
set -uo pipefail
. "$(dirname "$0")/lib.sh"

PHASES=${PHASES:-throughput callgrind syscalls memory}
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-5}
CONNECTIONS=${CONNECTIONS:-50}
export PIPELINE_DEPTH=${PIPELINE_DEPTH:-16}
N=${N:-10000}
WARMUP=${WARMUP:-1000}
IDLE_CONNS=${IDLE_CONNS:-10000}
HELD_REQUESTS=${HELD_REQUESTS:-10000}
MEM_ROUNDS=${MEM_ROUNDS:-1}
WARMUP_REQUESTS=2000
CLK_TCK=$(getconf CLK_TCK)

# Targets of the engine (issue 14).
TARGET_RPS_RATIO=1.1     # ours / swoole, both modes
TARGET_IR=15000          # instructions per request, both clients
TARGET_IDLE_KIB=2.0      # KiB per idle keep-alive connection
TARGET_HELD_KIB=3.5      # KiB per held request (and at most PECL's)

# ---------------------------------------------------------------- servers

# Sets AVAILABLE to the servers of $SERVERS that can run, saying why others can't.
pick_servers() {
	local name
	AVAILABLE=""
	for name in ${SERVERS:-ours c swoole pecl}; do
		case "$name" in
			ours)
				if [ -f "$EVENT_SO" ] && php_http_available "$EVENT_SO"; then AVAILABLE+="ours "
				else log "ours skipped: no working EventHttp in $EVENT_SO (build the extension)"; fi ;;
			c) AVAILABLE+="c " ;;
			swoole)
				if swoole_available; then AVAILABLE+="swoole "
				else log "swoole skipped: $SWOOLE_SO does not load with $PHP_BIN"; fi ;;
			pecl)
				if [ -f "$PECL_SO" ] && php_http_available "$PECL_SO"; then AVAILABLE+="pecl "
				else log "pecl skipped: $PECL_SO does not load with $PHP_BIN"; fi ;;
			*) die "unknown server $name (ours c swoole pecl)" ;;
		esac
	done
	AVAILABLE=${AVAILABLE% }
}

has() { case " $AVAILABLE " in *" $1 "*) return 0 ;; esac; return 1; }

# Of the servers $1 (a list), those available.
only_available() {
	local name out=""
	for name in $1; do has "$name" && out+="$name "; done
	echo "${out% }"
}

ensure_tools() {
	need_command wrk
	need_command ab apache2-utils
	need_command valgrind
	need_command strace
	need_command curl
}

warm_up() {
	timeout 120 "$CLIENT" seq "$(port_of "$1")" "$WARMUP_REQUESTS" / 1000 2>/dev/null ||
		die "warm-up requests to the $1 server failed"
}

# round_row MODE NAME VALUES...: one row of the throughput tables, the value
# of each round, then their median.
round_row() {
	local mode=$1 name=$2 v
	shift 2
	printf '%-6s %-7s' "$mode" "$name"
	for v in "$@"; do printf ' %11s' "$v"; done
	printf ' %11s\n' "$(median "$@")"
}

# Bytes as KiB with 2 decimals.
kib() { awk -v b="$1" 'BEGIN { printf "%.2f", b / 1024 }'; }

# check LABEL RESULT (1 met, 0 missed, na not measured): one line of the target summary.
TARGET_LINES=()
check() {
	local verdict=MISSED
	case "$2" in 1) verdict=met ;; na) verdict="not measured" ;; esac
	TARGET_LINES+=("$(printf '%-62s %s' "$1" "$verdict")")
}
# compare A OP B (OP: le, lt, ge): 1, 0, or na when either is n/a.
compare() {
	awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN {
		if (a == "n/a" || b == "n/a" || a == "" || b == "") { print "na"; exit }
		if (op == "le") print (a + 0 <= b + 0) ? 1 : 0
		else if (op == "lt") print (a + 0 < b + 0) ? 1 : 0
		else print (a + 0 >= b + 0) ? 1 : 0 }'
}
le() { compare "$1" le "$2"; }

# ---------------------------------------------------------------- throughput

# CPU time (user + system) of process PID in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# wrk_run NAME MODE: one wrk run (MODE plain or pipe); prints "req/s
# server-CPU-microseconds-per-request"; warns about errors.
wrk_run() {
	local out url args=() pid t0 t1
	url="http://127.0.0.1:$(port_of "$1")/"
	pid=$(pid_of "$1")
	[ "$2" = pipe ] && args=(-s "$BENCH_DIR/pipeline.lua")
	t0=$(cpu_ticks "$pid")
	out=$(timeout $((DURATION + 30)) wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" "${args[@]}" "$url" 2>&1) ||
		die "wrk failed against $url: $out"
	t1=$(cpu_ticks "$pid")
	if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then
		log "warning: $1 $2: $(grep -E 'Non-2xx|Socket errors' <<<"$out" | tr -s ' ' | paste -sd';')"
	fi
	awk -v t0="$t0" -v t1="$t1" -v hz="$CLK_TCK" '
		/ requests in / { n = $1 }
		/^Requests\/sec:/ { rps = $2 }
		END { printf "%s %.2f\n", rps, (n > 0 ? (t1 - t0) * 1e6 / hz / n : 0) }' <<<"$out"
}

# The servers in round R's order: rotated by one each round, so no server
# always runs first or right after the same one.
round_order() {
	local -a list
	read -ra list <<<"$1"
	local n=${#list[@]} r=$2 i out=""
	for ((i = 0; i < n; i++)); do out+="${list[$(((i + r) % n))]} "; done
	echo "${out% }"
}

throughput() {
	local round mode name rps cpu servers=$AVAILABLE
	declare -gA RPS=() RPS_MEDIAN=() CPU=()
	for name in $servers; do start_named "$name"; warm_up "$name"; done
	echo "== Throughput: wrk -t1 -c$CONNECTIONS -d${DURATION}s GET /, plain keep-alive and pipelined" \
		"$PIPELINE_DEPTH deep, $ROUNDS interleaved rounds (req/s) =="
	for round in $(seq "$ROUNDS"); do
		for mode in plain pipe; do
			for name in $(round_order "$servers" "$round"); do
				read -r rps cpu < <(wrk_run "$name" "$mode") || exit 1
				[ -n "$rps" ] || die "no result from wrk against $name"
				RPS["$mode|$name"]+="$rps "
				CPU["$mode|$name"]+="$cpu "
				log "round $round $mode $name: $rps req/s, server CPU $cpu us/request"
			done
		done
	done
	printf '%-6s %-7s' mode srv
	for round in $(seq "$ROUNDS"); do printf ' %11s' "round$round"; done
	printf ' %11s\n' median
	for mode in plain pipe; do
		for name in $servers; do
			# shellcheck disable=SC2086
			RPS_MEDIAN["$mode|$name"]=$(median ${RPS["$mode|$name"]})
			# shellcheck disable=SC2086
			round_row "$mode" "$name" ${RPS["$mode|$name"]}
		done
	done
	echo
	echo "server CPU time (user + system) per request, microseconds (from /proc/PID/stat over each wrk run):"
	for mode in plain pipe; do
		for name in $servers; do
			# shellcheck disable=SC2086
			round_row "$mode" "$name" ${CPU["$mode|$name"]}
		done
	done
	echo
	echo "ratios of the medians (ours / other):"
	for mode in plain pipe; do
		printf '  %-6s' "$mode"
		for name in $servers; do
			[ "$name" = ours ] && continue
			printf '  ours/%s %s' "$name" "$(ratio "${RPS_MEDIAN["$mode|ours"]:-n/a}" "${RPS_MEDIAN["$mode|$name"]}")"
		done
		echo
	done
	echo
	for mode in plain pipe; do
		local r
		r=$(ratio "${RPS_MEDIAN["$mode|ours"]:-n/a}" "${RPS_MEDIAN["$mode|swoole"]:-n/a}")
		check "req/s $mode: ours/swoole $r >= $TARGET_RPS_RATIO" "$(compare "$r" ge "$TARGET_RPS_RATIO")"
	done
	stop_servers
}

# ---------------------------------------------------------------- callgrind

# total_ir NAME REQUESTS: sets IR_TOTAL to the total instructions (Ir) of one
# run by $COUNT_CLIENT (n/a and status 1 when it fails).
total_ir() {
	local prefix=$WORK_DIR/$1.$COUNT_CLIENT.$2
	IR_TOTAL=n/a
	if ! run_counted "$1" "$2" "$prefix" \
		valgrind --tool=callgrind --callgrind-out-file="$prefix.callgrind"; then
		stop_server "$LAST_PID"
		return 1
	fi
	IR_TOTAL=$(awk '/^(summary|totals):/ { print $2; exit }' "$prefix.callgrind")
}

callgrind() {
	local client name warm full
	declare -gA IR=()
	echo "== Instructions per request (callgrind): (Ir[$((WARMUP + N))] - Ir[$WARMUP]) / $N," \
		"sequential keep-alive GET / on one connection =="
	printf '%-7s %-26s %16s %16s %12s\n' srv client "Ir[$WARMUP]" "Ir[$((WARMUP + N))]" "Ir/request"
	for client in seq ab; do
		for name in $AVAILABLE; do
			COUNT_CLIENT=$client
			log "$name: callgrind runs with $WARMUP and $((WARMUP + N)) requests ($client)"
			warm=n/a full=n/a
			if total_ir "$name" "$WARMUP" && warm=$IR_TOTAL && total_ir "$name" $((WARMUP + N)); then
				full=$IR_TOTAL
				IR["$client|$name"]=$(awk -v f="$full" -v w="$warm" -v n="$N" 'BEGIN { printf "%.0f", (f - w) / n }')
			else
				log "warning: $name does not run under callgrind with $client; left out"
				warm=n/a full=n/a IR["$client|$name"]=n/a
			fi
			printf '%-7s %-26s %16s %16s %12s\n' "$name" \
				"$([ "$client" = ab ] && echo 'ab -k (HTTP/1.0)' || echo 'client seq (HTTP/1.1)')" \
				"$warm" "$full" "${IR["$client|$name"]}"
		done
	done
	COUNT_CLIENT=seq
	echo
	for client in seq ab; do
		local ours=${IR["$client|ours"]:-n/a} sw=${IR["$client|swoole"]:-n/a}
		check "instructions/request $client: ours $ours <= $TARGET_IR" "$(le "$ours" "$TARGET_IR")"
		check "instructions/request $client: ours $ours < swoole $sw" "$(compare "$ours" lt "$sw")"
	done
}

# ---------------------------------------------------------------- syscalls

syscalls() {
	local name servers sc
	servers=$(only_available "ours c swoole")
	echo "== System calls per request (strace -c -f): (calls[$((WARMUP + N))] - calls[$WARMUP]) / $N," \
		"client seq (HTTP/1.1 keep-alive) =="
	for name in $servers; do
		log "$name: strace runs with $WARMUP and $((WARMUP + N)) requests"
		strace_counts "$name" "$WARMUP" >"$WORK_DIR/$name.sc.base" || exit 1
		strace_counts "$name" $((WARMUP + N)) >"$WORK_DIR/$name.sc.full" || exit 1
		per_request "$WORK_DIR/$name.sc.base" "$WORK_DIR/$name.sc.full" >"$WORK_DIR/$name.sc.per"
	done
	printf '%-20s' syscall; for name in $servers; do printf ' %10s' "$name"; done; echo
	# shellcheck disable=SC2046
	awk '{ print $1 }' $(for name in $servers; do echo "$WORK_DIR/$name.sc.per"; done) | sort -u | while read -r sc; do
		printf '%-20s' "$sc"
		for name in $servers; do
			printf ' %10s' "$(awk -v s="$sc" '$1 == s { print $2 }' "$WORK_DIR/$name.sc.per" | grep . || echo 0)"
		done
		echo
	done
	printf '%-20s' total
	for name in $servers; do printf ' %10s' "$(awk '{ t += $2 } END { printf "%.3f", t }' "$WORK_DIR/$name.sc.per")"; done
	echo
	echo
}

# ---------------------------------------------------------------- memory

# wait_ready OUTFILE CLIENT_PID NAME: waits (60 s at most) for the client's "ready" line.
wait_ready() {
	for _ in $(seq 1200); do
		grep -q '^ready' "$1" && return 0
		kill -0 "$2" 2>/dev/null || break
		sleep 0.05
	done
	kill "$2" 2>/dev/null
	cat "$1.err" >&2
	die "the $3 client did not get ready"
}

# measure_memory NAME KIND: on a fresh server, VmRSS before and after
# IDLE_CONNS idle keep-alive connections (KIND idle) or HELD_REQUESTS held
# requests (KIND held); appends "before after bytes/each" to MEM[KIND|NAME].
measure_memory() {
	local name=$1 kind=$2 pid port before after count client_pid out=$WORK_DIR/$2.$1
	start_named "$name"
	warm_up "$name"
	pid=$(pid_of "$name")
	port=$(port_of "$name")
	sleep 0.5
	before=$(rss_kib "$pid")
	if [ "$kind" = idle ]; then
		count=$IDLE_CONNS
		"$CLIENT" idle "$port" "$count" 300 >"$out" 2>"$out.err" &
	else
		count=$HELD_REQUESTS
		"$CLIENT" hold "$port" "$count" /hold 300 >"$out" 2>"$out.err" &
	fi
	client_pid=$!
	wait_ready "$out" "$client_pid" "$name $kind"
	sleep 0.5
	after=$(rss_kib "$pid")
	kill "$client_pid" 2>/dev/null
	wait "$client_pid" 2>/dev/null
	stop_server "$pid"
	log "$name $kind: VmRSS $before KiB -> $after KiB with $count"
	MEM["$kind|$name"]+="$before $after $(awk -v a="$after" -v b="$before" -v k="$count" 'BEGIN { printf "%.0f", (a - b) * 1024 / k }');"
}

memory() {
	local round kind name servers entry
	declare -gA MEM=() MEM_MEDIAN=()
	servers=$(only_available "ours pecl swoole c")
	for round in $(seq "$MEM_ROUNDS"); do
		for kind in idle held; do
			for name in $(round_order "$servers" "$round"); do
				[ "$kind" = held ] && [ "$name" = c ] && continue # c_server has no /hold
				measure_memory "$name" "$kind"
			done
		done
	done
	echo "== Memory: server VmRSS before/after (fresh server, $WARMUP_REQUESTS warm-up requests);" \
		"idle: $IDLE_CONNS keep-alive connections after one request each; held: $HELD_REQUESTS" \
		"GET /hold left unanswered, one connection each =="
	printf '%-5s %-7s %-6s %12s %12s %12s %10s\n' kind srv round "before KiB" "after KiB" "bytes/each" "KiB/each"
	for kind in idle held; do
		for name in $servers; do
			[ -n "${MEM["$kind|$name"]:-}" ] || continue
			round=0
			local per=""
			IFS=';' read -ra entries <<<"${MEM["$kind|$name"]}"
			for entry in "${entries[@]}"; do
				[ -n "$entry" ] || continue
				round=$((round + 1))
				set -- $entry
				printf '%-5s %-7s %-6s %12s %12s %12s %10s\n' "$kind" "$name" "$round" "$1" "$2" "$3" "$(kib "$3")"
				per+="$3 "
			done
			# shellcheck disable=SC2086
			MEM_MEDIAN["$kind|$name"]=$(median $per)
		done
	done
	echo
	local idle=${MEM_MEDIAN["idle|ours"]:-n/a} held=${MEM_MEDIAN["held|ours"]:-n/a} pecl=${MEM_MEDIAN["held|pecl"]:-n/a}
	local pidle=${MEM_MEDIAN["idle|pecl"]:-n/a}
	[ "$idle" = n/a ] || idle=$(kib "$idle")
	[ "$held" = n/a ] || held=$(kib "$held")
	[ "$pecl" = n/a ] || pecl=$(kib "$pecl")
	[ "$pidle" = n/a ] || pidle=$(kib "$pidle")
	echo "KiB per idle connection: ours $idle, pecl $pidle; per held request: ours $held, pecl $pecl"
	echo
	check "KiB per idle keep-alive connection: ours $idle <= $TARGET_IDLE_KIB" "$(le "$idle" "$TARGET_IDLE_KIB")"
	check "KiB per idle keep-alive connection: ours $idle <= pecl $pidle" "$(le "$idle" "$pidle")"
	check "KiB per held request: ours $held <= $TARGET_HELD_KIB" "$(le "$held" "$TARGET_HELD_KIB")"
	check "KiB per held request: ours $held <= pecl $pecl" "$(le "$held" "$pecl")"
}

# ---------------------------------------------------------------- main

main() {
	local phase
	ensure_tools
	build_c
	raise_fd_limit $((IDLE_CONNS > HELD_REQUESTS ? IDLE_CONNS : HELD_REQUESTS)) IDLE_CONNS/HELD_REQUESTS
	pick_servers
	echo "servers: $AVAILABLE"
	echo "  ours:   $EVENT_SO"
	has pecl && echo "  pecl:   $PECL_SO"
	has swoole && echo "  swoole: $SWOOLE_SO"
	echo "date: $(date -u '+%F %T UTC')   load: $(cut -d' ' -f1-3 /proc/loadavg)   cores: $(nproc)"
	echo
	for phase in $PHASES; do
		case "$phase" in
			throughput | callgrind | syscalls | memory) "$phase" ;;
			*) die "unknown phase $phase (throughput callgrind syscalls memory)" ;;
		esac
	done
	echo "== Targets =="
	printf '%s\n' "${TARGET_LINES[@]}"
	echo "end: $(date -u '+%F %T UTC')   load: $(cut -d' ' -f1-3 /proc/loadavg)"
}

main
