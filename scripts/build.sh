#!/usr/bin/env bash
# Builds modules/event.so in the source tree: phpize and configure when they
# have not run yet (or config.m4 or Makefile.frag changed since), then make.
#
# Usage: scripts/build.sh [configure options...]
#   e.g. scripts/build.sh --with-event-ns=Foo
# Options given here (or a changed config.m4) re-run configure. MAKE_JOBS
# sets make's -j (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."

jobs="${MAKE_JOBS:-2}"

if [ ! -f Makefile ] || [ ! -f configure ] || [ config.m4 -nt configure ] || [ Makefile.frag -nt Makefile ] || [ $# -gt 0 ]; then
  # A new configuration starts from a clean tree: no object built with the
  # previous options may end up in the module.
  if [ -f Makefile ]; then make distclean >/dev/null 2>&1 || true; fi
  phpize
  ./configure "$@"
fi
make -j"$jobs"
test -f modules/event.so
echo "build: modules/event.so ready"
