#!/bin/sh
# tools/callsites.sh OUTDIR [SRCDIR]: the -O2 call sites of sysgate's inline wrappers, as text.
# Compiles examples/*.c and tests/nostdlib/callsites.c (29 wrappers) of SRCDIR (default: this
# checkout) for {x86_64, i386} x {gcc, clang} with the flags of a -O2 static program
# (cmake/SysgateRecipe.cmake, tools/test.sh's -O2 static cells) and writes each object's
# disassembly (objdump -d -r: the program's own functions, main included, with the
# relocations naming what they call) to OUTDIR/<arch>-<cc>/<prog>.s.
# Not obvious: the addresses are dropped (the offset in front of each instruction and of
# each relocation, the number in front of a jump's <function+offset>), so an inserted
# instruction shows as one line of `diff -r` and not as every line after it. A SRCDIR
# without callsites.c (an older commit) gets this checkout's copy. CALLSITES_CFLAGS adds
# flags (e.g. "-fPIE", "-DSYSGATE_NO_VDSO", "-O0 -fPIC -fno-omit-frame-pointer").
#   Comparing two commits: git worktree add /tmp/before <commit>;
#   tools/callsites.sh /tmp/cs-before /tmp/before; tools/callsites.sh /tmp/cs-after;
#   diff -r /tmp/cs-before /tmp/cs-after
set -eu
[ $# -ge 1 ] || {
  echo "usage: $0 OUTDIR [SRCDIR]" >&2
  exit 2
}
here=$(cd "$(dirname "$0")/.." && pwd)
out=$1
src=$(cd "${2:-$here}" && pwd)
specimen=$src/tests/nostdlib/callsites.c
[ -f "$specimen" ] || specimen=$here/tests/nostdlib/callsites.c

# The compile line of a -O2 program without libc in a static cell.
flags="-O2 -fno-pie -std=c11 -Wall -Wextra -Werror -ffreestanding
       -fno-asynchronous-unwind-tables -fno-ident ${CALLSITES_CFLAGS:-}"

status=0
for arch in x86_64 i386; do
  m=-m64
  [ "$arch" = i386 ] && m=-m32
  for cc in gcc clang; do
    dir=$out/$arch-$cc
    mkdir -p "$dir"
    for c in "$src"/examples/*.c "$specimen"; do
      prog=$(basename "$c" .c)
      obj=$dir/$prog.o
      # shellcheck disable=SC2086 # $flags is a list of words
      if ! nice -n 15 "$cc" $m $flags -I"$src/include" -c "$c" -o "$obj"; then
        echo "callsites: $arch-$cc: $prog does not compile" >&2
        status=1
        continue
      fi
      objdump -d -r --no-show-raw-insn "$obj" |
        sed -e '1,/^$/d' \
          -e 's/^ *[0-9a-f]*:\t//' \
          -e 's/^\t*[0-9a-f]*: \(R_\)/\t\1/' \
          -e 's/[0-9a-f][0-9a-f]* \(<[^>]*>\)/\1/g' >"$dir/$prog.s"
      rm -f "$obj"
    done
  done
done
echo "callsites: $(find "$out" -name '*.s' | wc -l) disassemblies in $out"
exit $status
