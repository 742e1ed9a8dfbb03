#!/bin/sh
# One cell of tools/test.sh's matrix: configure, build with -Werror, run ctest.
# usage: test-cell.sh OUT 'name|arch|cc|cflags|ldflags|ctest args|cmake -D...|where'
#   where: empty to run the tests on this machine; guest:syscall or guest:sysenter to run
#   them in Debian's kernel under qemu-system (tools/vm/run.py), the guest's CPU vendor
#   choosing how __kernel_vsyscall enters the kernel. Tests labelled "host" (they run no
#   program of the cell's arch: generators, symbol and name checks, compile steps) then
#   stay here, and every other test runs in the guest; but a cell named *-vm (a second
#   kernel for a cell that also runs natively) leaves the tests labelled "compute" (suites
#   that check no system call's result: tests/hosted/CMakeLists.txt) to the native cells of
#   its arch, and says so in its result and skips.
# Writes OUT/<name>.log (every test's output, lines "N: ...") and OUT/<name>.result:
# "passed N", "failed N", then the lines to print; OUT/<name>.skips, the reasons given.
# SYSGATE_JOBS: build and ctest parallelism (2).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=$1 jobs=${SYSGATE_JOBS:-2}
IFS='|' read -r name arch cc cflags ldflags ctest_args options where <<EOF
$2
EOF
dir=$out/$name log=$out/$name.log result=$out/$name.result
toolchain=
[ "$arch" = i386 ] && toolchain=-DCMAKE_TOOLCHAIN_FILE=$root/cmake/i386-linux-gnu.cmake
rm -rf "$dir"
t0=$(date +%s)
# shellcheck disable=SC2086
if ! { cmake -S "$root" -B "$dir" $toolchain -DCMAKE_C_COMPILER="$cc" \
         -DCMAKE_C_FLAGS="$cflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" \
         -DSYSGATE_WERROR=ON $options &&
       cmake --build "$dir" -j "$jobs"; } >"$log" 2>&1; then
  { echo "passed 0"; echo "failed 1"; echo "$name: BUILD FAILED"
    grep -m5 -B2 -A8 -e 'error:' -e 'Error [0-9]' -e 'CMake Error' "$log" | head -40; } >"$result"
  exit 0
fi

# -V: every test's output is in the log, the figures too.
if [ -z "$where" ]; then
  # shellcheck disable=SC2086
  (cd "$dir" && ctest -j "$jobs" -V $ctest_args) >>"$log" 2>&1 || true
  ran="natively on Linux $(uname -r)"
else
  flavour=${where#guest:}
  # shellcheck disable=SC2086
  (cd "$dir" && ctest -j "$jobs" -V -L host $ctest_args) >>"$log" 2>&1 || true
  nhost=$(grep -E '^[0-9]+% tests passed' "$log" | sed -n 's/.* out of \([0-9]*\)$/\1/p' | tail -1)
  # Under TCG the corpora take minutes (printf_float 87 s, calendar 66 s on i386), and no
  # kernel or __kernel_vsyscall entry can change what they compute.
  leave='^host$' compute=
  case $name in
  *-vm)
    leave='^(host|compute)$'
    compute=$(cd "$dir" && ctest -N -L '^compute$' | sed -n 's/^ *Test *#[0-9]*: //p' |
      tr '\n' ' ' | sed 's/ $//')
    ;;
  esac
  # One vCPU: ctest one test at a time, as the timers of some tests want; a test that hangs
  # fails after 10 minutes (valgrind's slowest suite takes 25 s there).
  printf 'export SYSGATE_EXPECT_VSYSCALL=%s\nctest -V -LE '"'%s'"' --timeout 600 %s >guest-ctest.log 2>&1\n' \
    "$flavour" "$leave" "$ctest_args" >"$dir/job.sh"
  t1=$(date +%s)
  python3 "$root/tools/vm/run.py" job "$dir" "$dir/job.sh" --cpu "$flavour" --timeout 2400 \
    >"$dir/vm.log" 2>&1 || true
  cat "$dir/vm.log" "$dir/guest-ctest.log" >>"$log" 2>/dev/null || true
  kernel=$(sed -n 's/^vm: \([^ ]*\) \([a-z]*\) .*: status .*/Linux \1 under qemu \2/p' "$dir/vm.log")
  ran="in a VM: ${kernel:-no guest}, $(($(date +%s) - t1)) s"
  [ "$arch" != i386 ] || ran="$ran, __kernel_vsyscall by $flavour"
  ran="$ran; ${nhost:-0} host-only tests here"
  [ -z "$compute" ] || ran="$ran; $(echo "$compute" | wc -w) compute tests left to the native cells"
fi

total=0 nfail=0
for s in $(sed -n 's/^[0-9]*% tests passed, \([0-9]*\) tests failed out of \([0-9]*\)$/\1:\2/p' "$log"); do
  nfail=$((nfail + ${s%:*})) total=$((total + ${s#*:}))
done
nskip=$(grep -c 'Not Run\|\*\*\*Skipped' "$log" || true)
# A guest that died or was killed before ctest's summary has not run its tests.
if [ "$total" -eq 0 ] || { [ -n "$where" ] && ! grep -q '% tests passed' "$dir/guest-ctest.log"; }; then
  { echo "passed 0"; echo "failed 1"; echo "$name: NO TESTS RAN ($ran)"; tail -20 "$log"; } >"$result"
  exit 0
fi
{
  echo "passed $((total - nfail))"
  echo "failed $nfail"
  echo "$name: $((total - nfail))/$total passed, $nskip skipped ($(($(date +%s) - t0)) s; ran $ran)"
  if [ "$nfail" -ne 0 ]; then
    grep -E '^[[:space:]]+[0-9]+ - .*\((Failed|Timeout|SEGFAULT|Subprocess|Exception|Not Run)' "$log"
    for n in $(sed -n 's/^[[:space:]]*\([0-9][0-9]*\) - .*(.*)$/\1/p' "$log"); do
      grep "^$n: " "$log" | tail -25
    done
  fi
} >"$result"
# the reasons: "SKIPPED: ..." from ctest-level skips, "skipped ..." from the suites
{
  sed -n -E 's/^[0-9]+: (SKIPPED: |skipped)/\1/p' "$log"
  [ -z "${compute:-}" ] ||
    echo "SKIPPED: in a VM cell, left to the native $arch cells (pure computation, no kernel can change it): $compute"
} | sort -u >"$out/$name.skips" || true
