#!/usr/bin/env bash
# Builds and runs the HTTP engine's C tests (src/http/, not yet part of the
# extension) under ASan+UBSan: the parser's, reply writer's and connection
# layer's unit tests,
# a bounded run of the parser fuzzer and, where clang has libFuzzer, a short
# libFuzzer run. Last line: "N passed, N failed" (unit cases, plus one per
# fuzz run). Exits non-zero when anything fails.
#
# Environment: FUZZ_REQUESTS (default 200000), FUZZ_SEED (default: time),
# LIBFUZZER_RUNS (default 200000; 0 skips it), BUILD_DIR (default: a
# temporary directory), CC (default gcc).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="$here/../../src/http"
cc="${CC:-gcc}"
build="${BUILD_DIR:-$(mktemp -d)}"
mkdir -p "$build"
[ -n "${BUILD_DIR:-}" ] || trap 'rm -rf "$build"' EXIT

passed=0
failed=0
san=(-g -O1 -Wall -Wextra -Werror -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

build() { # out sources... [libs]
  local out="$1"; shift
  if ! "$cc" "${san[@]}" "$@" -o "$build/$out" 2>"$build/$out.log"; then
    cat "$build/$out.log"
    echo "http_engine: FAILED to build $out"
    failed=$((failed + 1))
    return 1
  fi
}

# A unit test prints "name: N passed, N failed": its counts are ours.
unit() { # binary
  local out line p f
  out="$("$build/$1" 2>&1)"
  local rc=$?
  echo "$out" | grep -Ev '^(parser|reply|conn)_test: [0-9]' | head -n 60
  line="$(echo "$out" | grep -E '^[a-z_]+: [0-9]+ passed, [0-9]+ failed$' | tail -n 1)"
  echo "$line"
  if [ -z "$line" ]; then
    echo "http_engine: $1 gave no count (exit $rc)"
    failed=$((failed + 1))
    return
  fi
  p="$(echo "$line" | sed -E 's/.*: ([0-9]+) passed.*/\1/')"
  f="$(echo "$line" | sed -E 's/.* ([0-9]+) failed$/\1/')"
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then failed=$((failed + 1)); fi
}

# A fuzz run counts as one test.
one() { # name command...
  local name="$1"; shift
  if "$@"; then
    passed=$((passed + 1))
  else
    echo "http_engine: $name FAILED"
    failed=$((failed + 1))
  fi
}

build parser_test "$here/parser_test.c" "$src/parser.c" && unit parser_test
build reply_test "$here/reply_test.c" "$src/reply.c" -levent_core && unit reply_test
build conn_test "$here/conn_test.c" "$src/conn.c" "$src/parser.c" "$src/reply.c" -levent_core && unit conn_test
if build parser_fuzz "$here/parser_fuzz.c" "$src/parser.c"; then
  one parser_fuzz timeout 300 "$build/parser_fuzz" "${FUZZ_REQUESTS:-200000}" ${FUZZ_SEED:+"$FUZZ_SEED"}
fi

runs="${LIBFUZZER_RUNS:-200000}"
if [ "$runs" != 0 ] && command -v clang >/dev/null 2>&1 \
    && clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
         "$here/parser_libfuzzer.c" "$src/parser.c" -o "$build/parser_libfuzzer" 2>"$build/libfuzzer.log"; then
  mkdir -p "$build/corpus"
  # Seeds: two limit bytes, then a request (the fuzzer mutates from there).
  printf '\0\0GET / HTTP/1.1\r\nHost: a\r\n\r\n' >"$build/corpus/get"
  printf '\0\0POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5;a=b\r\nhello\r\n0\r\nX: y\r\n\r\n' >"$build/corpus/chunked"
  printf '\5\3POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabcGET / HTTP/1.0\r\n\r\n' >"$build/corpus/pipelined"
  one libfuzzer timeout 120 "$build/parser_libfuzzer" -artifact_prefix="$build/" -runs="$runs" -max_len=2048 -seed="${FUZZ_SEED:-0}" "$build/corpus" 2>"$build/libfuzzer-run.log" \
    || tail -n 40 "$build/libfuzzer-run.log"
  grep -E '^Done [0-9]+ runs' "$build/libfuzzer-run.log" | sed 's/^/libfuzzer: /'
elif [ "$runs" != 0 ]; then
  echo "libfuzzer: skipped (clang with -fsanitize=fuzzer not available)"
fi

echo "http_engine: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
