#!/bin/sh
# The whole sysgate test suite: every cell of the compiler matrix, built with
# -Werror and run by ctest, plus the formatting check.
#   {gcc, clang} x {x86_64, i386} x {-O0, -O2, -Os}, and i386 -O0 -fPIC
#   -fno-omit-frame-pointer (ebx is the GOT pointer, ebp the frame pointer:
#   the 6-argument call has no free register).
# Installs missing Debian packages first when run as root (tools/install-deps.sh).
# Prints one line per cell and ends with "tests: N passed, N failed".
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${SYSGATE_BUILD_DIR:-$root/build/matrix}
jobs=${SYSGATE_JOBS:-$(nproc 2>/dev/null || echo 2)}

sh "$root/tools/install-deps.sh"

passed=0 failed=0 bad_cells=
note() { printf '%s\n' "$*"; }

# Formatting: .clang-format decides; generated headers are the generators' business.
if command -v clang-format >/dev/null 2>&1; then
  files=$(cd "$root" && git ls-files '*.c' '*.h' 2>/dev/null | grep -v -e '/nr\.h$' -e 'errno_list\.h$' || true)
  if [ -n "$files" ] && (cd "$root" && clang-format --dry-run -Werror $files >/dev/null 2>&1); then
    passed=$((passed + 1)); note "format: ok ($(echo "$files" | wc -l) files)"
  else
    failed=$((failed + 1)); bad_cells="$bad_cells format"; note "format: FAILED (run clang-format -i)"
    (cd "$root" && clang-format --dry-run $files 2>&1 | head -20)
  fi
else
  note "format: SKIPPED (clang-format not installed)"
fi

cell() { # cell <name> <arch> <cc> <cflags>
  name=$1 arch=$2 cc=$3 cflags=$4 dir=$out/$1
  toolchain=
  [ "$arch" = i386 ] && toolchain=-DCMAKE_TOOLCHAIN_FILE=$root/cmake/i386-linux-gnu.cmake
  rm -rf "$dir"
  log=$dir.log
  mkdir -p "$out"
  if ! { cmake -S "$root" -B "$dir" $toolchain -DCMAKE_C_COMPILER="$cc" \
           -DCMAKE_C_FLAGS="$cflags" -DSYSGATE_WERROR=ON &&
         cmake --build "$dir" -j "$jobs"; } >"$log" 2>&1; then
    failed=$((failed + 1)); bad_cells="$bad_cells $name"
    note "$name: BUILD FAILED"; tail -30 "$log"; return
  fi
  (cd "$dir" && ctest -j "$jobs" --output-on-failure) >>"$log" 2>&1 || true
  summary=$(grep -E '^[0-9]+% tests passed' "$log" | tail -1)
  total=$(echo "$summary" | sed -n 's/.* out of \([0-9]*\)$/\1/p')
  nfail=$(echo "$summary" | sed -n 's/.*, \([0-9]*\) tests failed.*/\1/p')
  nskip=$(grep -c 'Not Run\|\*\*\*Skipped' "$log" || true)
  if [ -z "$total" ]; then
    failed=$((failed + 1)); bad_cells="$bad_cells $name"; note "$name: NO TESTS RAN"; return
  fi
  passed=$((passed + total - nfail)); failed=$((failed + nfail))
  note "$name: $((total - nfail))/$total passed, $nskip skipped"
  if [ "$nfail" -ne 0 ]; then
    bad_cells="$bad_cells $name"; sed -n '/The following tests FAILED/,$p' "$log"
    grep -B2 -A25 -- '\*\*\*Failed\|Exception' "$log" | head -80
  fi
  grep -h 'SKIPPED' "$log" | sort -u | sed "s/^/  $name: /" || true
}

for arch in x86_64 i386; do
  for cc in gcc clang; do
    for opt in -O0 -O2 -Os; do
      cell "$arch-$cc$opt" $arch $cc "$opt"
    done
  done
done
for cc in gcc clang; do
  cell "i386-$cc-O0-fPIC-fp" i386 $cc "-O0 -fPIC -fno-omit-frame-pointer"
done

[ -n "$bad_cells" ] && note "failing:$bad_cells"
note "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
