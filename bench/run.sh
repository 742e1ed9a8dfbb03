#!/bin/sh
# The benchmark suite in one command: sh bench/run.sh [--rounds N] [--arch x86_64|i386]
# Installs what it needs when run as root (tools/install-deps.sh --bench), builds
# every program under build/bench/ and prints the table (bench/bench.py).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
sh "$root/tools/install-deps.sh" --bench
exec python3 "$root/bench/bench.py" "$@"
