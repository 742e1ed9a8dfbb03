#!/bin/sh
# The kernel's uapi headers through sysgate-cc: installs a build, then
#  1. builds tests/install/uapi_values.c (<linux/futex.h>, <linux/filter.h>,
#     <asm/unistd.h> ...) with glibc and with sysgate-cc, runs both: same output;
#  2. with --sysgate-no-uapi, <linux/futex.h> is not found (the flag takes them away);
#  3. every header set in uapi_pairs.txt, in its order and reversed, builds with
#     sysgate-cc whenever it builds with glibc (-Wall -Wextra -Werror): sysgate's
#     headers set the __UAPI_DEF_* switches of <linux/libc-compat.h> as glibc's do;
#     the lines starting with '=' (sysgate's family headers) must build as written.
# usage: check_uapi.sh <build dir> <arch: x86_64|i386> <cc> <source dir>
#
# Not obvious: a set that glibc itself refuses (<signal.h> with <linux/signal.h>...)
# proves nothing either way and is only counted; a set naming a header that sysgate-cc
# does not find without the uapi ones (neither sysgate's nor the compiler's) is
# SKIPPED by name, so new drop-in headers join the test by
# themselves. Skipped as a whole (77) on a machine without linux-libc-dev.
# shellcheck disable=SC2086 # $m and $flags are lists of words, split on purpose
set -eu
build=$1 arch=$2 cc=$3 src=$4
m=-m64
[ "$arch" = i386 ] && m=-m32
if [ ! -f /usr/include/linux/futex.h ]; then
  echo "SKIPPED: no kernel uapi headers in /usr/include (Debian: apt-get install linux-libc-dev)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null
scc() { SYSGATE_CC=$cc "$prefix/bin/sysgate-cc" $m "$@"; }
flags="-Wall -Wextra -Werror"
failed=0

# 1. Same values through both.
if ! "$cc" $m $flags "$src/tests/install/uapi_values.c" -o "$work/glibc" 2>"$work/log"; then
  echo "SKIPPED: $cc $m cannot build the glibc side: $(head -n 1 "$work/log")"
  exit 77
fi
scc $flags "$src/tests/install/uapi_values.c" -o "$work/sysgate" || exit 1
"$work/glibc" >"$work/glibc.out"
"$work/sysgate" >"$work/sysgate.out"
if cmp -s "$work/glibc.out" "$work/sysgate.out"; then
  echo "uapi_values: same output ($(wc -l <"$work/glibc.out") lines)"
else
  echo "uapi_values: the glibc and sysgate builds differ (- glibc, + sysgate):"
  diff -u "$work/glibc.out" "$work/sysgate.out" | tail -n +3
  failed=1
fi

# 2. --sysgate-no-uapi takes them away.
printf '#include <linux/futex.h>\nint main(void) { return FUTEX_WAIT; }\n' >"$work/nouapi.c"
if scc --sysgate-no-uapi -c "$work/nouapi.c" -o "$work/nouapi.o" 2>"$work/nouapi.log"; then
  echo "--sysgate-no-uapi: <linux/futex.h> was still found"
  failed=1
elif grep -q 'linux/futex.h' "$work/nouapi.log"; then
  echo "--sysgate-no-uapi: <linux/futex.h> not found, as asked"
else
  echo "--sysgate-no-uapi: failed for another reason:"
  cat "$work/nouapi.log"
  failed=1
fi
scc -c "$work/nouapi.c" -o "$work/nouapi.o" || { echo "without the flag it must build"; failed=1; }

# 3. The header sets.
sets=0 passed=0 glibc_refuses=0 skipped=0
try() { # try <header>...: one program including them in order
  : >"$work/set.c"
  for h; do printf '#include <%s>\n' "$h" >>"$work/set.c"; done
  printf 'int main(void) { return 0; }\n' >>"$work/set.c"
  sets=$((sets + 1))
  if ! "$cc" $m $flags -c "$work/set.c" -o "$work/set.o" 2>/dev/null; then
    glibc_refuses=$((glibc_refuses + 1))
  elif scc $flags -c "$work/set.c" -o "$work/set.o" 2>"$work/set.log"; then
    passed=$((passed + 1))
  else
    echo "builds with glibc, not with sysgate-cc: $*"
    grep -m 3 'error' "$work/set.log" || head -n 3 "$work/set.log"
    failed=1
  fi
}
own=0
while read -r line; do
  case $line in '' | '#'*) continue ;; esac
  case $line in =*) # sysgate's own headers: sysgate-cc alone, this order
    : >"$work/set.c"
    for h in ${line#=}; do printf '#include <%s>\n' "$h" >>"$work/set.c"; done
    printf 'int main(void) { return 0; }\n' >>"$work/set.c"
    own=$((own + 1))
    if ! scc $flags -c "$work/set.c" -o "$work/set.o" 2>"$work/set.log"; then
      echo "does not build with sysgate-cc: ${line#=}"
      grep -m 3 'error' "$work/set.log" || head -n 3 "$work/set.log"
      failed=1
    fi
    continue ;;
  esac
  missing=
  for h in $line; do
    case $h in linux/* | asm/* | asm-generic/*) ;; *)
      printf '#include <%s>\n' "$h" >"$work/has.c"
      scc --sysgate-no-uapi -E "$work/has.c" >/dev/null 2>&1 || missing="$missing <$h>" ;;
    esac
  done
  if [ -n "$missing" ]; then
    echo "SKIPPED $line: sysgate has no$missing yet"
    skipped=$((skipped + 1))
    continue
  fi
  try $line
  # shellcheck disable=SC2046
  try $(printf '%s\n' $line | sed -n '1!G;h;$p')
done <"$src/tests/install/uapi_pairs.txt"
echo "header sets: $sets tried, $passed built with both, $glibc_refuses refused by glibc too, $skipped lines skipped; $own of sysgate's own headers with the kernel's"
[ $passed -gt 0 ] || { echo "no header set was tried"; failed=1; }
exit $failed
