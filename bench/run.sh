#!/usr/bin/env bash
# Throughput and memory: the PHP server on the event extension against the raw
# C libevent server, measured in one run and reported as PHP/C ratios.
#
#   bench/run.sh                      (see bench/README.md)
#
# Settings (environment): ROUNDS=5 DURATION=5 (seconds per wrk run)
# CONNECTIONS=50 STREAM_N=64 IDLE_CONNS=1000 GROWTH_A=20000 GROWTH_B=200000
# EVENT_SO=<path to event.so> (default ../modules/event.so from bench/)
# SKIP_PHP=1 (C server only) PHASES="throughput idle growth" (any subset)
set -uo pipefail
. "$(dirname "$0")/lib.sh"

ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-5}
CONNECTIONS=${CONNECTIONS:-50}
STREAM_N=${STREAM_N:-64}
IDLE_CONNS=${IDLE_CONNS:-1000}
GROWTH_A=${GROWTH_A:-20000}
GROWTH_B=${GROWTH_B:-200000}
PHASES=${PHASES:-throughput idle growth}
ENDPOINTS=("/" "/1k" "/64k" "/stream?n=$STREAM_N")
WARMUP_REQUESTS=2000

ensure_wrk() {
	command -v wrk >/dev/null && return 0
	log "wrk not found: installing the Debian package"
	timeout 300 apt-get install -y wrk >&2 || die "cannot install wrk"
}

# client_seq NAME N PATH: N keep-alive requests, a new connection every 1000.
client_seq() {
	timeout 600 "$CLIENT" seq "$(port_of "$1")" "$2" "$3" 1000 2>/dev/null ||
		die "client requests to the $1 server failed ($3)"
}

start_all() {
	local name
	for name in $SERVERS; do
		start_named "$name"
		client_seq "$name" "$WARMUP_REQUESTS" /
	done
}

# wrk_rps NAME PATH: requests per second of one wrk run (warns about errors).
wrk_rps() {
	local out url
	url="http://127.0.0.1:$(port_of "$1")$2"
	out=$(timeout $((DURATION + 30)) wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" "$url" 2>&1) ||
		die "wrk failed against $url: $out"
	if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then
		log "warning: $1 $2: $(grep -E 'Non-2xx|Socket errors' <<<"$out" | tr -s ' ' | paste -sd';')"
	fi
	awk '/^Requests\/sec:/ { print $2 }' <<<"$out"
}

throughput() {
	local round path name rps
	declare -gA RPS=()
	echo "== Throughput: wrk -t1 -c$CONNECTIONS -d${DURATION}s, $ROUNDS interleaved rounds (req/s) =="
	printf '%-16s %-4s %s\n' endpoint srv "$(for round in $(seq "$ROUNDS"); do printf '%12s' "round$round"; done)"
	for round in $(seq "$ROUNDS"); do
		for path in "${ENDPOINTS[@]}"; do
			for name in $SERVERS; do
				rps=$(wrk_rps "$name" "$path") || exit 1
				RPS["$path|$name"]+="$rps "
				log "round $round $path $name: $rps req/s"
			done
		done
	done
	for path in "${ENDPOINTS[@]}"; do
		for name in $SERVERS; do
			printf '%-16s %-4s' "$path" "$name"
			for rps in ${RPS["$path|$name"]}; do printf '%12s' "$rps"; done
			echo
		done
	done
	echo
	echo "== Throughput summary (median of $ROUNDS rounds) =="
	printf '%-16s %14s %14s %10s\n' endpoint "C req/s" "PHP req/s" "PHP/C"
	for path in "${ENDPOINTS[@]}"; do
		local c php
		# shellcheck disable=SC2086
		c=$(median ${RPS["$path|c"]})
		# shellcheck disable=SC2086
		if [ "$PHP_OK" = 1 ]; then php=$(median ${RPS["$path|php"]}); else php=n/a; fi
		printf '%-16s %14s %14s %10s\n' "$path" "$c" "$php" "$(ratio "$php" "$c")"
	done
	echo
}

# measure_idle NAME: RSS before/after IDLE_CONNS idle keep-alive connections.
measure_idle() {
	local name=$1 pid before after client_pid out=$WORK_DIR/idle.$1
	pid=$(pid_of "$name")
	sleep 0.5
	before=$(rss_kib "$pid")
	"$CLIENT" idle "$(port_of "$name")" "$IDLE_CONNS" 120 >"$out" 2>"$out.err" &
	client_pid=$!
	for _ in $(seq 1200); do
		grep -q '^ready' "$out" && break
		kill -0 "$client_pid" 2>/dev/null || break
		sleep 0.05
	done
	grep -q '^ready' "$out" || { kill "$client_pid" 2>/dev/null; cat "$out.err" >&2; die "idle client failed on $name"; }
	sleep 0.5
	after=$(rss_kib "$pid")
	kill "$client_pid" 2>/dev/null
	wait "$client_pid" 2>/dev/null
	log "$name: VmRSS $before KiB -> $after KiB with $IDLE_CONNS idle connections"
	IDLE_BEFORE[$name]=$before
	IDLE_AFTER[$name]=$after
	IDLE_KIB[$name]=$(awk -v a="$after" -v b="$before" -v k="$IDLE_CONNS" 'BEGIN { printf "%.2f\n", (a - b) / k }')
}

idle_memory() {
	local name c php
	declare -gA IDLE_KIB=() IDLE_BEFORE=() IDLE_AFTER=()
	for name in $SERVERS; do
		measure_idle "$name"
		sleep 1 # let the server close the connections before the next one is measured
	done
	echo "== Memory per idle keep-alive connection ($IDLE_CONNS connections, one request each) =="
	printf '%-4s %14s %14s %12s\n' srv "RSS before" "RSS after" "KiB/conn"
	for name in $SERVERS; do
		printf '%-4s %11s KiB %11s KiB %12s\n' "$name" "${IDLE_BEFORE[$name]}" "${IDLE_AFTER[$name]}" "${IDLE_KIB[$name]}"
	done
	c=${IDLE_KIB[c]}
	php=${IDLE_KIB[php]:-n/a}
	echo "PHP/C KiB per connection: $(ratio "$php" "$c")"
	echo
}

# grow_to NAME TOTAL FROM: requests FROM..TOTAL, spread over all endpoints.
grow_to() {
	local name=$1 each path
	each=$((($2 - $3) / ${#ENDPOINTS[@]}))
	for path in "${ENDPOINTS[@]}"; do
		client_seq "$name" "$each" "$path"
	done
}

growth() {
	local name a b
	echo "== Memory growth: RSS after $GROWTH_A and $GROWTH_B requests (fresh servers, all endpoints, new connection every 1000) =="
	printf '%-4s %16s %16s %12s %14s\n' srv "RSS @$GROWTH_A" "RSS @$GROWTH_B" "difference" "bytes/request"
	for name in $SERVERS; do
		start_named "$name"
		grow_to "$name" "$GROWTH_A" 0
		sleep 0.3
		a=$(rss_kib "$(pid_of "$name")")
		grow_to "$name" "$GROWTH_B" "$GROWTH_A"
		sleep 0.3
		b=$(rss_kib "$(pid_of "$name")")
		printf '%-4s %12s KiB %12s KiB %8s KiB %14s\n' "$name" "$a" "$b" "$((b - a))" \
			"$(awk -v d=$((b - a)) -v n=$((GROWTH_B - GROWTH_A)) 'BEGIN { printf "%.2f", d * 1024 / n }')"
		stop_server "$(pid_of "$name")"
	done
	echo
}

main() {
	ensure_wrk
	build_c
	check_php
	raise_fd_limit "$IDLE_CONNS" IDLE_CONNS
	SERVERS=$(server_list)
	echo "servers: $SERVERS   (PHP: $([ "$PHP_OK" = 1 ] && echo "$EVENT_SO" || echo skipped))"
	echo
	start_all
	case " $PHASES " in *" idle "*) idle_memory ;; esac
	case " $PHASES " in *" throughput "*) throughput ;; esac
	stop_servers
	case " $PHASES " in *" growth "*) growth ;; esac
}

main
