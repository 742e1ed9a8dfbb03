#!/bin/sh
# Threads: sh bench/pthread_bench.sh [--arch x86_64|i386] [--cc gcc|clang] [--rounds N]
# Builds bench/pthread_bench.c with sysgate's threaded library (libsysgate-pthread.a, as
# sysgate-cc -pthread links it) and with static glibc, runs them alternately N times (default
# 7) and prints the median ns per create+join of each; then the stripped sizes of
# examples/hello.c (-Os) linked with each sysgate library, the threaded one's cost.
set -eu
rounds=7 bench_name=bench-pthread
. "$(dirname "$0")/bench_args.sh"
# shellcheck disable=SC2086
cmake -S "$root" -B "$out/sysgate" $toolchain -DCMAKE_C_COMPILER="$cc" -DCMAKE_C_FLAGS="-Os -fno-pie" \
  -DCMAKE_EXE_LINKER_FLAGS=-no-pie -DBUILD_TESTING=OFF >"$out/cmake.log" 2>&1
cmake --build "$out/sysgate" --target sysgate sysgate_pthread sysgate_crt -j 2 >>"$out/cmake.log" 2>&1
crt=$(find "$out/sysgate" -name 'start.S.o' -path '*sysgate_crt.dir*' | head -n 1)
cflags="$m -ffreestanding -fno-asynchronous-unwind-tables -fno-ident -fno-pie -I$root/include"
ldflags="$m -nostdlib -static -no-pie -Wl,--gc-sections -Wl,-z,noseparate-code -Wl,--build-id=none
  -Wl,-z,norelro -Wl,-T,$out/sysgate/sysgate.ld"
# shellcheck disable=SC2086
$cc $cflags -O2 -DSYSGATE_THREADS -D_REENTRANT -DBENCH_SYSGATE -c "$root/bench/pthread_bench.c" \
  -o "$out/bench_sysgate.o"
# shellcheck disable=SC2086
$cc $ldflags "$crt" "$out/bench_sysgate.o" "$out/sysgate/libsysgate-pthread.a" -lgcc \
  -o "$out/pthread_bench_sysgate"
$cc $m -O2 -static -pthread "$root/bench/pthread_bench.c" -o "$out/pthread_bench_glibc"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
: >"$out/sysgate.txt"
: >"$out/glibc.txt"
i=0
while [ $i -lt "$rounds" ]; do # alternately, so that both see the same machine
  "$out/pthread_bench_sysgate" | awk '{print $2}' >>"$out/sysgate.txt"
  "$out/pthread_bench_glibc" | awk '{print $2}' >>"$out/glibc.txt"
  i=$((i + 1))
done
printf '%s %s: pthread create+join, median of %s runs of 2000: sysgate %s ns, glibc (static) %s ns\n' \
  "$arch" "$cc" "$rounds" "$(median <"$out/sysgate.txt")" "$(median <"$out/glibc.txt")"

for lib in sysgate sysgate-pthread; do
  defs=
  [ $lib = sysgate-pthread ] && defs="-DSYSGATE_THREADS -D_REENTRANT"
  # shellcheck disable=SC2086
  $cc $cflags -Os $defs -c "$root/examples/hello.c" -o "$out/hello_$lib.o"
  # shellcheck disable=SC2086
  $cc $ldflags "$crt" "$out/hello_$lib.o" "$out/sysgate/lib$lib.a" -lgcc -o "$out/hello_$lib"
  strip -o "$out/hello_$lib.stripped" "$out/hello_$lib"
  printf '%s %s: stripped hello (-Os), lib%s.a: %s bytes\n' "$arch" "$cc" "$lib" \
    "$(wc -c <"$out/hello_$lib.stripped")"
done
