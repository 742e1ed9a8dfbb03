#!/bin/sh
# The whole sysgate test suite (the README's test command; .ci/run runs it):
#  - formatting (.clang-format);
#  - the compiler matrix {gcc, clang} x {x86_64, i386} x {-O0, -O2, -Os} x {static, PIE},
#    and i386 -O0 -fPIC -fno-omit-frame-pointer (ebx is the GOT pointer, ebp the frame
#    pointer: the 6-argument call has no free register). "static": no PIE anywhere;
#    "PIE": programs without libc -static-pie (SYSGATE_STATIC_PIE), hosted tests -pie
#    (built in the -O2 PIE cells only: elsewhere the static cells have them).
#    Each cell builds with -Werror and runs ctest: hosted suites against glibc,
#    -nostdlib programs, and tests/verify (strace oracle, seccomp fault injection,
#    bad input against glibc, coverage);
#  - once each: -fstack-protector-all -mstack-protector-guard=global in every
#    program without libc (the guard seeded from AT_RANDOM); ASan+UBSan over the
#    hosted half (clang), with a SYSGATE_FUZZ_SECONDS (60) libFuzzer session per
#    target; valgrind memcheck over every hosted suite in the x86_64 and i386 gcc
#    -O0 static cells.
# Installs missing Debian packages first when run as root (tools/install-deps.sh).
# Prints one line per cell, the verification figures, and "tests: N passed, N failed".
# SYSGATE_BUILD_DIR, SYSGATE_JOBS (per cell), SYSGATE_CELLS (cells at once, 2),
# SYSGATE_FUZZ_SECONDS override the defaults; SYSGATE_ONLY=<regex> runs the matching cells.
# Not obvious: two cells run at once, longest first. A cell has long serial stretches
# (configure, linking, tests that sleep or wait for a timer), and two of them keep
# both cores busy; the expensive extras ride on cells that are built anyway.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${SYSGATE_BUILD_DIR:-$root/build/matrix}
jobs=${SYSGATE_JOBS:-2}
cells_at_once=${SYSGATE_CELLS:-2}
fuzz_seconds=${SYSGATE_FUZZ_SECONDS:-60}
only=${SYSGATE_ONLY:-.}

start=$(date +%s)
sh "$root/tools/install-deps.sh"
mkdir -p "$out"

passed=0 failed=0 bad_cells=
note() { printf '%s\n' "$*"; }

# Formatting: .clang-format decides; generated headers are the generators' business.
if command -v clang-format >/dev/null 2>&1; then
  files=$(cd "$root" && git ls-files '*.c' '*.h' 2>/dev/null |
    grep -v -e '/nr\.h$' -e '/nr_uapi\.h$' -e 'errno_list\.h$' -e 'sysnames_table\.h$' -e '/calls/' -e 'calls_rows\.h$' || true)
  if [ -n "$files" ] && (cd "$root" && clang-format --dry-run -Werror $files >/dev/null 2>&1); then
    passed=$((passed + 1)); note "format: ok ($(echo "$files" | wc -l) files)"
  else
    failed=$((failed + 1)); bad_cells="$bad_cells format"; note "format: FAILED (run clang-format -i)"
    (cd "$root" && clang-format --dry-run $files 2>&1 | head -20)
  fi
else
  note "format: SKIPPED (clang-format not installed)"
fi

# Where i386 programs run (docs/i386-testing.md): a tiny static i386 program tells whether
# this kernel executes them. If it does, the i386 cells run here and the guest adds a second
# kernel (Debian 12's) and the other __kernel_vsyscall entry; if it does not, every i386 cell
# runs its tests in the guest, the entry alternating. SYSGATE_I386=native|vm forces either.
i386=${SYSGATE_I386:-auto}
if [ "$i386" = auto ]; then
  i386=vm
  probe=$out/i386-probe
  printf 'void _start(void) { __asm__ volatile("int $0x80" : : "a"(1), "b"(42)); }\n' >"$probe.c"
  if gcc -m32 -nostdlib -static -o "$probe" "$probe.c" 2>/dev/null; then
    status=0
    "$probe" 2>/dev/null || status=$?
    [ "$status" -ne 42 ] || i386=native
  fi
fi
if [ "$i386" = native ]; then
  note "i386: this kernel runs i386 programs: the i386 cells run here, two cells also in a VM"
else
  note "i386: this kernel does not run i386 programs (IA-32 emulation off): i386 cells run in a VM"
fi
# The guest's kernel and initramfs, once for every cell (a cell whose guest cannot boot fails).
python3 "$root/tools/vm/run.py" prepare >/dev/null || note "vm: the guest could not be prepared"

# The cells, longest first: name|arch|cc|cflags|ldflags|ctest args|cmake options|where.
specs=$out/cells
{
  # Debian 12's kernel for a second kernel version, and where i386 runs here, for the
  # __kernel_vsyscall entry this machine's CPU does not use.
  echo "x86_64-gcc-O2-static-vm|x86_64|gcc|-O2 -fno-pie|-no-pie|||guest:syscall"
  [ "$i386" = vm ] || echo "i386-gcc-O2-static-vm|i386|gcc|-O2 -fno-pie|-no-pie|||guest:syscall"
  # ASan+UBSan over the hosted half, its suites run as sanitized_* (which leave out the
  # tests that check glibc's side on purpose); the libFuzzer sessions, once.
  echo "x86_64-clang-O1-asan-fuzz|x86_64|clang|-O1 -g||-E ^test_|-DSYSGATE_SANITIZE=address,undefined -DSYSGATE_FUZZ=ON -DSYSGATE_FUZZ_SECONDS=$fuzz_seconds"
  for arch in x86_64 i386; do # valgrind over the hosted suites, in cells built anyway
    echo "$arch-gcc-O0-static|$arch|gcc|-O0 -fno-pie|-no-pie||-DSYSGATE_VALGRIND=ON"
  done
  for arch in x86_64 i386; do
    for cc in gcc clang; do
      for opt in -O0 -O2 -Os; do
        [ "$cc$opt" = gcc-O0 ] || echo "$arch-$cc$opt-static|$arch|$cc|$opt -fno-pie|-no-pie||"
        # The hosted suites as PIE at -O2; at -O0 and -Os the PIE cells build what PIE
        # changes: the programs without libc (-static-pie), the strace and seccomp runs.
        hosted=
        [ "$opt" = -O2 ] || hosted=-DSYSGATE_HOSTED_TESTS=OFF
        echo "$arch-$cc$opt-pie|$arch|$cc|$opt -fPIE|-pie||-DSYSGATE_STATIC_PIE=ON $hosted"
      done
    done
  done
  for cc in gcc clang; do
    echo "i386-$cc-O0-fPIC-fp|i386|$cc|-O0 -fPIC -fno-omit-frame-pointer|||"
  done
  # Every program without libc with -fstack-protector-all, its guard a plain global
  # (sysgate seeds it from AT_RANDOM at startup); hosted code keeps glibc's TLS guard.
  echo "x86_64-gcc-O2-ssp|x86_64|gcc|-O2|||-DSYSGATE_STACK_PROTECTOR=ON"
} >"$specs.all"
# i386 cells in the guest when this kernel cannot run them, the entry alternating; those
# cells first, as they take longest.
awk -F'|' -v vm="$i386" -v only="$only" '$1 ~ only {
    if (vm == "vm" && $2 == "i386" && $8 == "") { $8 = (n++ % 2) ? "guest:sysenter" : "guest:syscall" }
    line = $1; for (i = 2; i <= 8; i++) line = line "|" $i
    print ($8 == "" ? 1 : 0) "\t" NR "\t" line
  }' "$specs.all" | sort -k1,1n -k2,2n | cut -f3 >"$specs"

# xargs runs the cells, cells_at_once at a time; no quotes or backslashes in specs.
SYSGATE_JOBS=$jobs xargs -P "$cells_at_once" -I{} sh "$root/tools/test-cell.sh" "$out" "{}" <"$specs" ||
  true # every cell writes its own result

while IFS='|' read -r name rest; do
  result=$out/$name.result
  if [ ! -f "$result" ]; then
    failed=$((failed + 1)); bad_cells="$bad_cells $name"; note "$name: DID NOT RUN"; continue
  fi
  p=$(sed -n 's/^passed //p;1q' "$result") f=$(sed -n '2s/^failed //p' "$result")
  passed=$((passed + p)); failed=$((failed + f))
  [ "$f" -eq 0 ] || bad_cells="$bad_cells $name"
  sed '1,2d' "$result"
done <"$specs"

# Every reason for a skip, once, with the number of cells it was given in.
note "skipped, with the number of cells:"
for c in $(cut -d'|' -f1 "$specs"); do cat "$out/$c.skips" 2>/dev/null || true; done |
  sort | uniq -c | sort -rn | sed 's/^ *\([0-9]*\) /  (\1) /'

# The verification figures of a few cells' logs.
note "verification figures:"
for c in x86_64-gcc-O2-static i386-gcc-O2-static x86_64-gcc-O0-static i386-gcc-O0-static \
  x86_64-clang-O1-asan-fuzz; do
  sed -n -E 's/^[0-9]+: ((strace: [0-9]|inject: |badinput: |fuzz_[a-z]+: [0-9]|verify_[a-z_]+: [0-9]+ of the library).*)/\1/p' \
    "$out/$c.log" 2>/dev/null | sort -u | sed "s/^/  $c: /" || true
  n=$(grep -c -E '^[0-9]+: test_[a-z0-9_]+: clean under memcheck' "$out/$c.log" 2>/dev/null || true)
  [ "${n:-0}" -eq 0 ] || note "  $c: $n hosted suites clean under valgrind memcheck"
done
note "matrix time: $(($(date +%s) - start)) s"
[ -n "$bad_cells" ] && note "failing:$bad_cells"
note "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
