#!/bin/sh
# The benchmark suite in one command: sh bench/run.sh [--rounds N] [--arch x86_64|i386]
# The size table instead: sh bench/run.sh --size [--arch x86_64|i386] (bench/size.py).
# Installs what it needs when run as root (tools/install-deps.sh --bench), builds
# every program under build/bench/ and prints the table (bench/bench.py).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
sh "$root/tools/install-deps.sh" --bench
if [ "${1:-}" = --size ]; then
  shift
  exec python3 "$root/bench/size.py" "$@"
fi
exec python3 "$root/bench/bench.py" "$@"
