#!/usr/bin/env bash
# On a fresh Debian machine: installs what is missing, builds the extension
# and starts the example HTTP server examples/http_closecb.php on port 4242
# (another example or port: scripts/run-example.sh [example.php] [port]).
# The server runs in the foreground until Ctrl-C. Try it from another
# terminal:  printf 'GET / HTTP/1.0\r\n\r\n' | nc 127.0.0.1 4242
# then interrupt nc: the server prints "_close_callback".
set -euo pipefail
cd "$(dirname "$0")/.."

example="${1:-examples/http_closecb.php}"
port="${2:-4242}"

scripts/install-deps.sh build test
scripts/build.sh

# The PHP the module was built for (the one run-tests uses).
php=$(sed -n 's/^PHP_EXECUTABLE = //p' Makefile 2>/dev/null || true)
[ -n "$php" ] || php=php
echo "run-example: $php $example $port (Ctrl-C stops it)"
exec "$php" -n -d extension=sockets -d extension=modules/event.so "$example" "$port"
