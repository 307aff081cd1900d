#!/usr/bin/env bash
# Builds the benchmarks' own tools, the raw C libevent server and the load
# client, into bench/build/ (the extension itself is built by scripts/build.sh).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p build
CFLAGS=(-O2 -g -Wall -Wextra)
# shellcheck disable=SC2046 # pkg-config output is a list of flags
cc "${CFLAGS[@]}" -o build/c_server c_server.c $(pkg-config --cflags --libs libevent libevent_extra)
cc "${CFLAGS[@]}" -o build/client client.c
echo "built bench/build/c_server and bench/build/client"
