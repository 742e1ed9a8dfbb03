#!/bin/sh
# The getrandom benchmark: sh bench/getrandom_bench.sh [--cc gcc|clang] [--rounds N] [--out DIR]
# x86_64: sysgate's getrandom (the vDSO up to SYSGATE_VDSO_GETRANDOM_MAX bytes), the raw
# system call (sys_getrandom) and static glibc 2.36's getrandom (the system call), for 4, 16,
# 256 and 4096 bytes: wall time per call (best of N runs of 20000 calls, all three in one run)
# and user-space instructions per call, from callgrind where valgrind can see the code and by
# single-stepping (bench/stepcount.c) for the vDSO, which valgrind hides. Then the crossover:
# the vDSO against the system call from 256 bytes to 8 KiB.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cc=gcc rounds=3 out=
while [ $# -gt 0 ]; do
  case $1 in
  --cc) cc=$2; shift 2 ;;
  --rounds) rounds=$2; shift 2 ;;
  --out) out=$2; shift 2 ;;
  *) echo "usage: $0 [--cc gcc|clang] [--rounds N] [--out DIR]" >&2; exit 2 ;;
  esac
done
out=${out:-$root/build/bench-getrandom-$cc}
mkdir -p "$out"

cmake -S "$root" -B "$out/sysgate" -DCMAKE_C_COMPILER="$cc" -DCMAKE_C_FLAGS="-O2 -fno-pie" \
  -DCMAKE_EXE_LINKER_FLAGS=-no-pie -DBUILD_TESTING=OFF >"$out/cmake.log" 2>&1
cmake --build "$out/sysgate" --target sysgate sysgate_crt -j 2 >>"$out/cmake.log" 2>&1
crt=$(find "$out/sysgate" -name 'start.S.o' -path '*sysgate_crt.dir*' | head -n 1)
$cc -O2 -fno-pie -ffreestanding -fno-stack-protector -I"$root/include" -DBENCH_SYSGATE \
  -c "$root/bench/getrandom_bench.c" -o "$out/gr_sysgate.o"
$cc -nostdlib -static -no-pie -Wl,--gc-sections "$crt" "$out/gr_sysgate.o" \
  "$out/sysgate/libsysgate.a" -lgcc -o "$out/gr_sysgate"
$cc -O2 -static "$root/bench/getrandom_bench.c" -o "$out/gr_glibc"
$cc -O2 "$root/bench/stepcount.c" -o "$out/stepcount"

# The best (smallest) of N runs; the programs print tenths of a nanosecond per call.
best() { # program mode bytes
  b=
  i=0
  while [ $i -lt "$rounds" ]; do
    v=$("$out/$1" "$2" "$3" 20000)
    if [ -z "$b" ] || [ "$v" -lt "$b" ]; then b=$v; fi
    i=$((i + 1))
  done
  echo "$b"
}
ns() { awk -v t="$1" 'BEGIN { printf "%.1f", t / 10 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
# Instructions per call: the difference between runs of 120 and 20 calls, over 100 (callgrind:
# 40 and 20, over 20). Stepping is slow enough that the vDSO's clock_gettime around the loop
# sometimes retries its read, a few instructions of noise that the 100 calls dilute.
slope() { # counter program mode bytes
  if [ "$1" = step ]; then
    a=$("$out/stepcount" "$out/$2" "$3" "$4" 20) z=$("$out/stepcount" "$out/$2" "$3" "$4" 120)
    awk -v a="$a" -v z="$z" 'BEGIN { printf "%.0f", (z - a) / 100 }'
    return
  else
    a=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$out/$2" "$3" "$4" 20 2>&1 \
      | awk '/Collected/ {print $NF}')
    z=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$out/$2" "$3" "$4" 40 2>&1 \
      | awk '/Collected/ {print $NF}')
  fi
  awk -v a="$a" -v z="$z" 'BEGIN { printf "%.0f", (z - a) / 20 }'
}

echo "x86_64 $cc -O2 static, $(uname -r), best of $rounds runs of 20000 calls"
echo
echo "| bytes | sysgate (vDSO) ns | raw system call ns | glibc 2.36 ns | sysgate/glibc | sysgate/raw | instr sysgate vDSO (step) | sysgate NO_VDSO (callgrind) | raw (callgrind) | glibc (callgrind) | glibc (step) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for n in 4 16 256 4096; do
  s=$(best gr_sysgate l $n) r=$(best gr_sysgate s $n) g=$(best gr_glibc l $n)
  echo "| $n | $(ns $s) | $(ns $r) | $(ns $g) | $(ratio $s $g) | $(ratio $s $r) |" \
    "$(slope step gr_sysgate l $n) | $(slope callgrind gr_sysgate l $n) |" \
    "$(slope callgrind gr_sysgate s $n) | $(slope callgrind gr_glibc l $n) | $(slope step gr_glibc l $n) |"
done
echo
echo "Crossover: the vDSO (sysgate_vdso_getrandom_call, any size) against the system call"
echo
echo "| bytes | vDSO ns | system call ns | vDSO/system call |"
echo "|---|---|---|---|"
for n in 256 512 768 1024 1536 2048 4096 8192; do
  v=$(best gr_sysgate v $n) r=$(best gr_sysgate s $n)
  echo "| $n | $(ns $v) | $(ns $r) | $(ratio $v $r) |"
done
