#!/bin/sh
# malloc from threads: sh bench/malloc_mt_bench.sh [--arch x86_64|i386] [--cc gcc|clang]
#                                                  [--rounds N] [--out DIR]
# malloc from 1, 2, 4 and 8 threads (bench/malloc_mt_bench.c): sysgate's threaded, prefixed
# library (the tests' sysgate_hosted_mt, -O2, without helgrind's client requests) against glibc
# in one program, glibc's threads driving both; the best of N runs (default 3) per thread count:
# ns per free+malloc pair, all threads counted.
set -eu
rounds=3 bench_name=bench-malloc-mt
. "$(dirname "$0")/bench_args.sh"
cmake -S "$root" -B "$out/sysgate_mt" $toolchain -DCMAKE_C_COMPILER="$cc" -DCMAKE_C_FLAGS=-O2 \
  -DSYSGATE_HAVE_HELGRIND_H=0 >"$out/cmake_mt.log" 2>&1
cmake --build "$out/sysgate_mt" --target sysgate_hosted_mt -j 2 >>"$out/cmake_mt.log" 2>&1
$cc $m -O2 -pthread "$root/bench/malloc_mt_bench.c" \
  "$out/sysgate_mt/tests/libsysgate_hosted_mt.a" -o "$out/malloc_mt_bench"
printf '%s %s, -O2, %s cores, best of %s runs\n' "$arch" "$cc" "$(nproc)" "$rounds"
printf '%-8s %8s %18s %10s\n' libc threads 'ns per pair (all)' 'Mpairs/s'
for n in 1 2 4 8; do
  for libc in sysgate glibc; do
    b=
    i=0
    while [ $i -lt "$rounds" ]; do
      v=$("$out/malloc_mt_bench" "$libc" "$n" | awk '{print $3}')
      if [ -z "$b" ] || awk -v a="$v" -v b="$b" 'BEGIN { exit !(a < b) }'; then b=$v; fi
      i=$((i + 1))
    done
    printf '%-8s %8s %18s %10s\n' "$libc" "$n" "$b" "$(awk -v n="$b" 'BEGIN { printf "%.2f", 1e3 / n }')"
  done
done
