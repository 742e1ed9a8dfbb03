#!/bin/sh
# The allocator benchmark: sh bench/malloc_bench.sh [--arch x86_64|i386] [--cc gcc|clang]
#                                                    [--rounds N] [--out DIR]
# Builds bench/malloc_bench.c three ways, each -O2 and static: with sysgate (its own
# _start, no libc), with glibc, and with musl (musl-gcc; for i386 Debian's
# musl-dev:i386 unpacked as bench/bench.py does), runs every mode N times (default 3)
# in a fresh process and prints the best time and the peak RSS per libc.
set -eu
rounds=3 bench_name=bench-malloc
. "$(dirname "$0")/static_pair.sh"
build_pair malloc_bench
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
