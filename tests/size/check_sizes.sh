#!/bin/sh
# Stripped sizes of the examples against their budgets (tests/size/budgets.txt).
# usage: check_sizes.sh <budgets> <compiler id> <arch> <strip> <program>...
# Prints one line per program ("hello: 792 bytes, budget 800") and fails if any is
# over budget or has no budget line, or if with gcc on x86_64 printf_float_size is more
# than 4096 bytes over printf_size (issue 10's target: floats add at most 4 KB). Not obvious: the size
# is of a stripped copy, as a user ships it; the program keeps its symbols for other tests.
set -eu
budgets=$1 cc=$2 arch=$3 strip=$4
shift 4
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
status=0
for prog; do
  name=$(basename "$prog")
  case $name in
  *_tiny) size=$(wc -c <"$prog") ;; # already without section headers: GNU strip refuses it
  *)
    "$strip" -o "$tmp" "$prog"
    size=$(wc -c <"$tmp")
    ;;
  esac
  eval "size_$name=$size"
  budget=$(awk -v c="$cc" -v a="$arch" -v n="$name" '$1 == c && $2 == a && $3 == n { print $4 }' "$budgets")
  if [ -z "$budget" ]; then
    echo "$name: $size bytes, no budget for $cc $arch in $budgets"
    status=1
  elif [ "$size" -gt "$budget" ]; then
    echo "$name: $size bytes, OVER its budget of $budget"
    status=1
  else
    echo "$name: $size bytes, budget $budget"
  fi
done
if [ "$cc" = gcc ] && [ "$arch" = x86_64 ] && [ -n "${size_printf_float_size:-}" ] && [ -n "${size_printf_size:-}" ]; then
  added=$((size_printf_float_size - size_printf_size))
  if [ "$added" -gt 4096 ]; then
    echo "floats add $added bytes to printf_size, OVER the 4096 of the target"
    status=1
  else
    echo "floats add $added bytes to printf_size, target 4096"
  fi
fi
exit $status
