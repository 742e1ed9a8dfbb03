#!/bin/sh
# The mutex benchmark: sh bench/mutex_bench.sh [--arch x86_64|i386] [--cc gcc|clang]
#                                              [--rounds N] [--out DIR]
# Builds bench/mutex_bench.c twice, -O2 and static: with sysgate (its own _start, no
# libc) and with glibc. Prints, per libc, the instructions of one uncontended
# lock + unlock pair (valgrind --tool=callgrind, the difference between runs of 2*10^5
# and 10^5 pairs, so startup cancels out; the loop's own 3-4 instructions are
# included), the ns per pair of the median round, and the median of the paired
# sysgate/glibc wall-time ratios of N interleaved rounds (default 11), in one run.
set -eu
rounds=11 bench_name=bench-mutex
. "$(dirname "$0")/static_pair.sh"
build_pair mutex_bench

# Instructions per pair: Ir(2n) - Ir(n), over n.
n=100000
ir() { # libc mode pairs
  valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.$1.$2.$3" \
    "$out/mutex_bench_$1" "$2" "$3" 2>&1 | awk '/Collected :/ {print $4}'
}
per_pair() { # libc mode
  a=$(ir "$1" "$2" $n)
  b=$(ir "$1" "$2" $((2 * n)))
  awk -v a="$a" -v b="$b" -v n=$n 'BEGIN { printf "%.1f", (b - a) / n }'
}
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

printf '%s %s, -O2 static, uncontended lock+unlock of a normal mutex, %s rounds\n' "$arch" "$cc" "$rounds"
printf '%-34s %8s %12s %8s %12s %24s\n' 'glibc as' 'sysgate' '' 'glibc' '' 'ratio sysgate/glibc'
printf '%-34s %8s %12s %8s %12s %24s\n' '' 'instr' 'ns per pair' 'instr' 'ns per pair' '(median of pairs)'
# Interleaved rounds: each round times glibc, then sysgate, and keeps the ratio.
pairs=20000000
for mode in time mtime; do
  : >"$out/rounds.$mode"
  i=0
  while [ $i -lt "$rounds" ]; do
    g=$("$out/mutex_bench_glibc" $mode $pairs | awk '{print $2}')
    s=$("$out/mutex_bench_sysgate" $mode $pairs | awk '{print $2}')
    echo "$s $g" >>"$out/rounds.$mode"
    i=$((i + 1))
  done
  s_ns=$(awk '{print $1 / 1000}' "$out/rounds.$mode" | median)
  g_ns=$(awk '{print $2 / 1000}' "$out/rounds.$mode" | median)
  ratio=$(awk '{printf "%.3f\n", $1 / $2}' "$out/rounds.$mode" | median)
  count=${mode%time}count
  case $mode in
  time) label='single-threaded (its no-atomic path)' ;;
  *) label='after a thread (atomic, as threaded)' ;;
  esac
  printf '%-34s %8s %12s %8s %12s %24s\n' "$label" "$(per_pair sysgate $count)" "$s_ns" \
    "$(per_pair glibc $count)" "$g_ns" "$ratio"
done
