#!/bin/sh
# One timed libFuzzer session: fuzz_run.sh <target> <seconds> <work corpus dir> [seed dir...]
# Prints the executions libFuzzer made (stat::number_of_executed_units), the
# target's own count of cases when it prints one, and
# fails with it when it finds a crash, a leak or a timeout.
# Not obvious: new inputs go to the work directory in the build tree, never to
# the seed corpus in the source tree, which stays as committed.
set -eu
target=$1 seconds=$2 work=$3
shift 3
mkdir -p "$work"
log=$work.log
status=0
"$target" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 "$work" "$@" >"$log" 2>&1 ||
  status=$?
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
echo "$(basename "$target"): ${runs:-0} executions in ${seconds} s, corpus $(ls "$work" | wc -l) inputs, exit $status"
grep -h ' cases, ' "$log" | tail -1 || true # the targets that count their own cases
[ "$status" -eq 0 ] || tail -40 "$log"
exit "$status"
