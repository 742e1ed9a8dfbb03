# Sourced by the two-libc benchmarks (bench/malloc_bench.sh, bench/mutex_bench.sh): takes
# their options (bench/bench_args.sh), builds sysgate's library and _start in
# $out/sysgate, and gives build_pair NAME: bench/NAME.c -O2 static as
# $out/NAME_sysgate (its own _start, no libc, -DBENCH_SYSGATE) and $out/NAME_glibc.
. "$(dirname "$0")/bench_args.sh"

# sysgate: the library and _start from its own CMake build, the program as a user
# compiles one (README, "By hand").
cmake -S "$root" -B "$out/sysgate" $toolchain -DCMAKE_C_COMPILER="$cc" -DCMAKE_C_FLAGS="-O2 -fno-pie" \
  -DCMAKE_EXE_LINKER_FLAGS=-no-pie -DBUILD_TESTING=OFF >"$out/cmake.log" 2>&1
cmake --build "$out/sysgate" --target sysgate sysgate_crt -j 1 >>"$out/cmake.log" 2>&1
crt=$(find "$out/sysgate" -name 'start.S.o' -path '*sysgate_crt.dir*' | head -n 1)

build_pair() { # NAME
  $cc $m -O2 -fno-pie -ffreestanding -fno-stack-protector -fno-asynchronous-unwind-tables \
    -I"$root/include" -DBENCH_SYSGATE -c "$root/bench/$1.c" -o "$out/$1_sysgate.o"
  $cc $m -nostdlib -static -no-pie -Wl,--gc-sections -Wl,-z,noseparate-code -Wl,--build-id=none \
    -Wl,-z,norelro "$crt" "$out/$1_sysgate.o" "$out/sysgate/libsysgate.a" -lgcc -o "$out/$1_sysgate"
  $cc $m -O2 -static "$root/bench/$1.c" -o "$out/$1_glibc"
}
