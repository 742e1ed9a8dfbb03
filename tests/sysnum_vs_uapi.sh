#!/bin/sh
# `sysnum --list --arch A` must hold every "number name" pair that the machine's
# uapi header for A defines: an oracle independent of the tables sysnum is built from.
# usage: sysnum_vs_uapi.sh <sysnum> <x86_64|i386>
set -eu
sysnum=$1 arch=$2
case $arch in
x86_64) header=/usr/include/x86_64-linux-gnu/asm/unistd_64.h ;;
i386) header=/usr/include/x86_64-linux-gnu/asm/unistd_32.h ;;
esac
if [ ! -f "$header" ]; then
  echo "SKIPPED: $header not installed (linux-libc-dev)"
  exit 77
fi
listed=$(mktemp)
trap 'rm -f "$listed"' EXIT
"$sysnum" --list --arch "$arch" >"$listed"
want=$(sed -n 's/^#define __NR_\([a-z0-9_]*\) \([0-9]*\)$/\2 \1/p' "$header")
[ -n "$want" ] || { echo "no __NR_ lines read from $header"; exit 1; }
missing=$(echo "$want" | grep -vxF -f "$listed" || true)
if [ -n "$missing" ]; then
  echo "sysnum --list --arch $arch lacks:"; echo "$missing"; exit 1
fi
echo "$arch: all $(echo "$want" | wc -l) uapi numbers listed ($(wc -l <"$listed") lines)"
