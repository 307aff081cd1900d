#!/usr/bin/env bash
# Regenerates event_arginfo.h from event.stub.php with PHP's gen_stub.php.
# gen_stub.php wants nikic/PHP-Parser 4.15.1 in build/PHP-Parser-4.15.1/lib
# and would download it; offline, Debian's php-parser package (4.15.x, in
# /usr/share/php/PhpParser) serves instead, through a symlink.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian keeps PHP's build files beside the extensions, upstream under lib/php.
build_dir="$(php-config --extension-dir)/build"
[ -f "$build_dir/gen_stub.php" ] || build_dir="$(php-config --prefix)/lib/php/build"
gen_stub="$build_dir/gen_stub.php"
[ -f "$gen_stub" ] || { echo "gen-arginfo: gen_stub.php not found in $build_dir (install php-dev)" >&2; exit 1; }

scripts/install-deps.sh gen-stub
parser_dir="$build_dir/PHP-Parser-4.15.1"
if [ ! -e "$parser_dir/lib/PhpParser" ]; then
  mkdir -p "$parser_dir"
  ln -sfn /usr/share/php "$parser_dir/lib"
fi

php "$gen_stub" -f event.stub.php
echo "gen-arginfo: event_arginfo.h regenerated (namespaced builds: re-run configure)"
