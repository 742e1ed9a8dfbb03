#!/bin/sh
# Fails if a hosted test binary defines a global symbol that glibc's libc.so.6
# exports: such a definition would interpose glibc's own for the whole process.
# Names that libgcc.a defines (i386 __divdi3 and friends, which glibc also
# exports for old binaries) come from the toolchain, not sysgate: they are allowed.
# usage: check_libc_names.sh <libc.so.6 of the binaries' arch> <libgcc.a> <binary>...
set -eu
libc=$1 libgcc=$2
shift 2
[ $# -gt 0 ] || { echo "no binaries to check" >&2; exit 1; }
names=$(mktemp)
trap 'rm -f "$names" "$names.bin" "$names.all" "$names.gcc"' EXIT
nm -D --defined-only "$libc" | awk '{print $NF}' | sed 's/@.*//' | sort -u >"$names.all"
nm --defined-only "$libgcc" 2>/dev/null | awk '$2 ~ /^[A-Z]$/ {print $3}' | sort -u >"$names.gcc"
comm -23 "$names.all" "$names.gcc" >"$names"
count=$(wc -l <"$names")
if [ "$count" -lt 1000 ]; then
  echo "read only $count names from $libc: cannot check" >&2
  exit 1
fi
status=0
for bin in "$@"; do
  nm --defined-only "$bin" | awk '$2 ~ /^[A-Z]$/ {print $3}' | sort -u >"$names.bin"
  clash=$(comm -12 "$names" "$names.bin")
  if [ -n "$clash" ]; then
    echo "$bin defines libc names:" $clash
    status=1
  else
    echo "$bin: $(wc -l <"$names.bin") global symbols, none of the $count in $libc"
  fi
done
exit $status
