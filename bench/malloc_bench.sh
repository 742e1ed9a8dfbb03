#!/bin/sh
# The allocator benchmark: sh bench/malloc_bench.sh [--arch x86_64|i386] [--cc gcc|clang]
#                                                    [--rounds N] [--out DIR] [--threads]
# Builds bench/malloc_bench.c three ways, each -O2 and static: with sysgate (its own
# _start, no libc), with glibc, and with musl (musl-gcc; for i386 Debian's
# musl-dev:i386 unpacked as bench/bench.py does), runs every mode N times (default 3)
# in a fresh process and prints the best time and the peak RSS per libc.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
arch=x86_64 cc=gcc rounds=3 out= threads=
while [ $# -gt 0 ]; do
  case $1 in
  --arch) arch=$2; shift 2 ;;
  --cc) cc=$2; shift 2 ;;
  --rounds) rounds=$2; shift 2 ;;
  --out) out=$2; shift 2 ;;
  --threads) threads=1; shift ;;
  *) echo "usage: $0 [--arch x86_64|i386] [--cc gcc|clang] [--rounds N] [--out DIR] [--threads]" >&2; exit 2 ;;
  esac
done
out=${out:-$root/build/bench-malloc-$arch-$cc}
m=
toolchain=
if [ "$arch" = i386 ]; then
  m=-m32
  toolchain=-DCMAKE_TOOLCHAIN_FILE=$root/cmake/i386-linux-gnu.cmake
fi
mkdir -p "$out"

# --threads: malloc from 1, 2, 4 and 8 threads (bench/malloc_mt_bench.c), sysgate's threaded,
# prefixed library (the tests' sysgate_hosted_mt, -O2, without helgrind's client requests)
# against glibc in one program; the best of N runs per thread count: ns per free+malloc
# pair, all threads counted.
if [ -n "$threads" ]; then
  cmake -S "$root" -B "$out/sysgate_mt" $toolchain -DCMAKE_C_COMPILER="$cc" -DCMAKE_C_FLAGS=-O2 \
    -DSYSGATE_HAVE_HELGRIND_H=0 \
    >"$out/cmake_mt.log" 2>&1
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
  exit 0
fi

# sysgate: the library and _start from its own CMake build, the program as a user
# compiles one (README, "By hand").
cmake -S "$root" -B "$out/sysgate" $toolchain -DCMAKE_C_COMPILER="$cc" -DCMAKE_C_FLAGS="-O2 -fno-pie" \
  -DCMAKE_EXE_LINKER_FLAGS=-no-pie -DBUILD_TESTING=OFF >"$out/cmake.log" 2>&1
cmake --build "$out/sysgate" --target sysgate sysgate_crt -j 1 >>"$out/cmake.log" 2>&1
crt=$(find "$out/sysgate" -name 'start.S.o' -path '*sysgate_crt.dir*' | head -n 1)
$cc $m -O2 -fno-pie -ffreestanding -fno-stack-protector -fno-asynchronous-unwind-tables \
  -I"$root/include" -DBENCH_SYSGATE -c "$root/bench/malloc_bench.c" -o "$out/malloc_bench_sysgate.o"
$cc $m -nostdlib -static -no-pie -Wl,--gc-sections -Wl,-z,noseparate-code -Wl,--build-id=none \
  -Wl,-z,norelro "$crt" "$out/malloc_bench_sysgate.o" \
  "$out/sysgate/libsysgate.a" -lgcc -o "$out/malloc_bench_sysgate"
$cc $m -O2 -static "$root/bench/malloc_bench.c" -o "$out/malloc_bench_glibc"
libcs="sysgate glibc"
# musl: musl-gcc, or for i386 Debian's musl-dev:i386 unpacked by bench.py's musl_cc.
musl=$(cd "$root/bench" && python3 -c 'import sys; from bench import musl_cc
r = musl_cc(sys.argv[1], sys.argv[2]); print(r if isinstance(r, str) else "cc: " + " ".join(r))' \
  "$out" "$arch")
case $musl in
"cc: "*)
  ${musl#cc: } -O2 -static "$root/bench/malloc_bench.c" -o "$out/malloc_bench_musl"
  libcs="$libcs musl"
  ;;
*) echo "no musl: $musl" ;;
esac

# Best of N: the smallest "mode VALUE ns" (or the rss line of the first run).
best() { # libc mode
  b=
  i=0
  while [ $i -lt "$rounds" ]; do
    v=$("$out/malloc_bench_$1" "$2" | awk '{print $2}')
    if [ -z "$b" ] || awk -v a="$v" -v b="$b" 'BEGIN { exit !(a < b) }'; then b=$v; fi
    i=$((i + 1))
  done
  echo "$b"
}

printf '%s %s, -O2 static, best of %s runs\n' "$arch" "$cc" "$rounds"
printf '%-8s %14s %14s %14s %26s %10s\n' libc 'pairs ns' 'batch ns' 'mixed ns' 'peak RSS 10^6 x 16-64 B' 'size B'
for libc in $libcs; do
  rss=$("$out/malloc_bench_$libc" rss)
  kib=$(echo "$rss" | awk '{print $2}')
  asked=$(echo "$rss" | awk '{print $5}')
  strip -o "$out/malloc_bench_$libc.stripped" "$out/malloc_bench_$libc"
  size=$(wc -c <"$out/malloc_bench_$libc.stripped")
  printf '%-8s %14s %14s %14s %26s %10s\n' "$libc" "$(best "$libc" pairs)" "$(best "$libc" batch)" \
    "$(best "$libc" mixed)" "$kib KiB ($asked KiB asked)" "$size"
done
