# shellcheck shell=bash disable=SC2034
# Shared helpers for the benchmark scripts (sourced, not run).
#
# Every server is started in its own session (setsid), and stop_servers, which
# the scripts run from their EXIT trap, ends exactly those process groups.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD_DIR=$BENCH_DIR/build
EVENT_SO=${EVENT_SO:-$BENCH_DIR/../modules/event.so}
EVENT_SO=$(realpath -m "$EVENT_SO")
PHP_BIN=${PHP_BIN:-php}
C_SERVER=("$BUILD_DIR/c_server")
PHP_SERVER=("$PHP_BIN" -n -d extension=sockets -d "extension=$EVENT_SO" "$BENCH_DIR/php_server.php")
CLIENT=$BUILD_DIR/client

# The reference builds (../shared/reference of the main checkout): the first
# shared/reference found going up from bench/, unless REFERENCE_DIR is set.
find_reference_dir() {
	local dir=$BENCH_DIR
	while [ "$dir" != / ]; do
		dir=$(dirname "$dir")
		[ -d "$dir/shared/reference" ] && { echo "$dir/shared/reference"; return; }
	done
	echo /nonexistent
}
REFERENCE_DIR=${REFERENCE_DIR:-$(find_reference_dir)}
PECL_SO=${PECL_SO:-$REFERENCE_DIR/pecl-event-3.1.5.so}
SWOOLE_SO=${SWOOLE_SO:-$REFERENCE_DIR/swoole-5.1.8.so}
PECL_SERVER=("$PHP_BIN" -n -d extension=sockets -d "extension=$PECL_SO" "$BENCH_DIR/php_server.php")
# Swoole keeps PHP memory per connection: 10,000 idle connections exceed
# the default memory_limit (128M), and the server dies.
SWOOLE_SERVER=("$PHP_BIN" -n -d extension=sockets -d "extension=$SWOOLE_SO" -d memory_limit=-1 "$BENCH_DIR/swoole_server.php")
# How run_counted sends its requests: seq (bench/client.c, HTTP/1.1
# keep-alive) or ab (ab -k: HTTP/1.0 keep-alive).
COUNT_CLIENT=${COUNT_CLIENT:-seq}

SERVER_PIDS=()
WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/event-bench.XXXXXX")
# Every script that sources this stops its servers and removes WORK_DIR
# however it ends.
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '%s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# need_command NAME [PACKAGE]: dies unless the command NAME is installed,
# naming the Debian package that has it (default: NAME).
need_command() {
	command -v "$1" >/dev/null || die "$1 is not installed (apt-get install -y ${2:-$1})"
}

# True when the extension at $EVENT_SO (or $1) provides a working EventHttp.
php_http_available() {
	timeout 20 "$PHP_BIN" -n -d extension=sockets -d "extension=${1:-$EVENT_SO}" \
		-r 'new EventHttp(new EventBase);' >/dev/null 2>&1
}

# True when Swoole at $SWOOLE_SO loads and has its HTTP server.
swoole_available() {
	[ -f "$SWOOLE_SO" ] && timeout 20 "$PHP_BIN" -n -d extension=sockets -d "extension=$SWOOLE_SO" \
		-r 'exit(class_exists("Swoole\\Http\\Server") ? 0 : 1);' >/dev/null 2>&1
}

# Sets PHP_OK=1 when the PHP server can run, otherwise prints why it is skipped.
check_php() {
	PHP_OK=0
	if [ "${SKIP_PHP:-0}" = 1 ]; then
		log "PHP server skipped: SKIP_PHP=1"
	elif [ ! -f "$EVENT_SO" ]; then
		log "PHP server skipped: $EVENT_SO does not exist (build the extension or set EVENT_SO)"
	elif ! php_http_available; then
		log "PHP server skipped: \`php -r 'new EventHttp(new EventBase);'\` fails with $EVENT_SO"
		log "  (the extension does not provide a working EventHttp yet)"
	else
		PHP_OK=1
	fi
}

build_c() {
	"$BENCH_DIR/build-tools.sh" >&2 || die "build failed"
}

# A TCP port on 127.0.0.1 that nothing listens on right now.
# shellcheck disable=SC2016 # PHP code, not shell
free_port() {
	"$PHP_BIN" -n -r '$s = stream_socket_server("tcp://127.0.0.1:0");
		echo substr(strrchr(stream_socket_get_name($s, false), ":"), 1);'
}

# start_server LOGPREFIX CMD... : runs CMD in its own session, output in
# LOGPREFIX.out/.err; sets LAST_PID.
start_server() {
	local prefix=$1
	shift
	setsid "$@" >"$prefix.out" 2>"$prefix.err" </dev/null &
	LAST_PID=$!
	SERVER_PIDS+=("$LAST_PID")
}

# wait_listening LOGPREFIX PID SECONDS: waits for the server's "listening on"
# line (no probe connection, so nothing is added to what is measured).
wait_listening() {
	local prefix=$1 pid=$2 deadline=$((SECONDS + $3))
	while [ $SECONDS -lt "$deadline" ]; do
		grep -q '^listening on' "$prefix.out" 2>/dev/null && return 0
		if ! kill -0 "$pid" 2>/dev/null; then
			log "server exited early:"; cat "$prefix.err" >&2
			return 1
		fi
		sleep 0.05
	done
	log "server did not start within $3 s:"; cat "$prefix.err" >&2
	return 1
}

# wait_exit PID SECONDS: waits for a process we started to end by itself.
wait_exit() {
	local pid=$1 deadline=$((SECONDS + $2))
	while kill -0 "$pid" 2>/dev/null; do
		if [ $SECONDS -ge "$deadline" ]; then
			log "process $pid did not exit within $2 s"
			return 1
		fi
		sleep 0.05
	done
	wait "$pid" 2>/dev/null
	return 0
}

# stop_server PID: SIGTERM to its process group, SIGKILL after 10 s.
stop_server() {
	local pid=$1 i
	kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null; return 0; }
	kill -TERM -- "-$pid" 2>/dev/null
	for _ in $(seq 200); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.05
	done
	kill -KILL -- "-$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	return 0
}

stop_servers() {
	local pid
	for pid in "${SERVER_PIDS[@]}"; do
		stop_server "$pid"
	done
	SERVER_PIDS=()
}

cleanup() {
	stop_servers
	if [ "${KEEP_WORK:-0}" = 1 ]; then
		log "work files kept in $WORK_DIR"
	else
		rm -rf "$WORK_DIR"
	fi
}

rss_kib() {
	awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"
}

# The command line of server NAME (c or php) as the array SERVER_CMD.
# php_noopt is the PHP server with the system-call optimisations switched
# off (no epoll changelist, replies written on the next loop step).
server_cmd() {
	# The server's environment goes before any wrapper (valgrind, strace),
	# which would otherwise measure `env` instead of the server.
	SERVER_ENV=()
	case "$1" in
		c) SERVER_CMD=("${C_SERVER[@]}") ;;
		php_noopt) SERVER_ENV=(PHP_EVENT_HTTP_WRITE_IMMEDIATELY=0); SERVER_CMD=("${PHP_SERVER[@]}") ;;
		pecl) SERVER_CMD=("${PECL_SERVER[@]}") ;;
		swoole) SERVER_CMD=("${SWOOLE_SERVER[@]}") ;;
		*) SERVER_CMD=("${PHP_SERVER[@]}") ;;
	esac
}

# The servers to measure: c, plus php when it can run.
server_list() {
	if [ "$PHP_OK" = 1 ]; then echo "c php ${EXTRA_SERVERS:-php_noopt}"; else echo "c"; fi
}

# start_named NAME: starts server NAME on a free port; sets PORT_<name>, PID_<name>.
start_named() {
	local name=$1 port
	server_cmd "$name"
	port=$(free_port)
	start_server "$WORK_DIR/$name.$port" env "${SERVER_ENV[@]}" "${SERVER_CMD[@]}" "$port"
	wait_listening "$WORK_DIR/$name.$port" "$LAST_PID" 30 || die "the $name server did not start"
	printf -v "PORT_$name" '%s' "$port"
	printf -v "PID_$name" '%s' "$LAST_PID"
}

port_of() { local v="PORT_$1"; echo "${!v}"; }
pid_of() { local v="PID_$1"; echo "${!v}"; }

# raise_fd_limit NEED WHAT: the open-file limit raised for NEED connections
# (the servers and the clients need more than 1024 fds); dies naming WHAT
# (the setting to lower) when the hard limit is lower.
raise_fd_limit() {
	ulimit -n "$(ulimit -Hn)" 2>/dev/null || ulimit -n 65536 2>/dev/null
	[ "$(ulimit -n)" = unlimited ] || [ "$(ulimit -n)" -gt $(($1 + 64)) ] ||
		die "open-file limit $(ulimit -n) is too low for $1 connections (lower $2)"
}

# strace_counts NAME REQUESTS: "syscall calls" lines of one run.
strace_counts() {
	local prefix=$WORK_DIR/$1.strace.$2
	run_counted "$1" "$2" "$prefix" strace -c -f -o "$prefix.strace" ||
		die "strace run of the $1 server ($2 requests) failed"
	# Rows of the summary table: calls is the 4th column, the name the last
	# (the errors column may be empty).
	awk '/^-+/ { table++; next } table == 1 && NF >= 5 { print $NF, $4 }' "$prefix.strace"
}

# per_request BASE_FILE FULL_FILE: "syscall calls/request" over N requests,
# sorted by cost.
per_request() {
	awk -v n="$N" 'NR == FNR { base[$1] = $2; next } { full[$1] = $2 }
		END {
			for (s in base) if (!(s in full)) full[s] = 0
			for (s in full) {
				d = (full[s] - base[s]) / n
				if (d >= 0.0005 || d <= -0.0005) printf "%s %.3f\n", s, d
			}
		}' "$1" "$2" | sort -k2,2gr -k1,1
}

# Median of the numbers given as arguments.
median() {
	printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
		if (NR == 0) { print "n/a"; exit }
		if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# ratio A B: A / B with 2 decimals, or n/a.
ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN {
		if (a == "n/a" || b == "n/a" || a == "" || b == "" || b + 0 == 0) print "n/a";
		else printf "%.2f\n", a / b }'
}

# send_counted PORT REQUESTS LOGPREFIX: REQUESTS sequential keep-alive GET / on
# one connection, by $COUNT_CLIENT.
send_counted() {
	local out
	case "$COUNT_CLIENT" in
		ab)
			out=$(timeout 600 ab -k -c 1 -n "$2" "http://127.0.0.1:$1/" 2>&1) || {
				printf '%s\n' "$out" >>"$3.client"; return 1; }
			printf '%s\n' "$out" >>"$3.client"
			# Every request answered 200 on the one kept-alive connection.
			grep -q "^Complete requests: *$2\$" <<<"$out" &&
				grep -q '^Failed requests: *0$' <<<"$out" &&
				! grep -q '^Non-2xx' <<<"$out" &&
				grep -q "^Keep-Alive requests: *$2\$" <<<"$out"
			;;
		*) timeout 600 "$CLIENT" seq "$1" "$2" / 2>>"$3.client" ;;
	esac
}

# run_counted NAME REQUESTS LOGPREFIX [WRAPPER...]: runs server NAME under
# WRAPPER (valgrind, strace) with --requests REQUESTS, sends it REQUESTS
# sequential keep-alive GET / on one connection ($COUNT_CLIENT), and waits for
# it to exit by itself. Every step is bounded in time.
run_counted() {
	local name=$1 requests=$2 prefix=$3 port pid
	shift 3
	server_cmd "$name"
	port=$(free_port)
	start_server "$prefix" env "${SERVER_ENV[@]}" "$@" "${SERVER_CMD[@]}" "$port" --requests "$requests"
	pid=$LAST_PID
	wait_listening "$prefix" "$pid" 120 || return 1
	if [ "$requests" -gt 0 ]; then
		send_counted "$port" "$requests" "$prefix" || {
			log "client failed against $name:"; cat "$prefix.client" >&2; return 1; }
	fi
	wait_exit "$pid" 120 || return 1
	grep -q "^served $requests\$" "$prefix.err" || {
		log "$name did not report serving $requests requests:"; tail -5 "$prefix.err" >&2; return 1; }
}
