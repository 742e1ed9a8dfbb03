#!/bin/sh
# Trace mode's link (trace.cmake): a traced program takes the library sources that make
# its system calls from libsysgate_traced.a, and the rest from the plain library. Fails
# if a member it took from CHECKED can reach a system call: it holds a `syscall`,
# `sysenter` or `int $0x80`, or uses a symbol of a member of the link that can, at any
# depth (at -O0 a wrapper calls syscall.c's syscallN; i386 code calls through vsyscall.S's
# sysgate_i386_entry). Such a member belongs in trace.cmake's list.
# usage: check_trace_members.sh CHECKED OTHER MAP...   (the two archives; MAP: ld -Map)
# Not obvious: member names repeat in an archive (src/calls/fcntl.c and src/wrappers/fcntl.c
# are both fcntl.c.o), so a member is the one of its name that defines the symbol the map
# says it was taken for; objdump walks an archive in order, and the names are counted.
set -eu
checked=$1 other=$2
shift 2
case $checked$other in *.a*.a) ;; *) echo "usage: $0 CHECKED.a OTHER.a MAP..." >&2; exit 2 ;; esac
[ $# -gt 0 ] || { echo "no link maps to check" >&2; exit 2; }
tmp=$(mktemp)
trap 'rm -f "$tmp" "$tmp.taken" "$tmp.dump" "$tmp.out"' EXIT
# "lib.a(member)" then, on that line or the next, "file (symbol)": one line
# "program archive member symbol" for each member taken from either archive.
for map in "$@"; do
  sed -n '/^Archive member included/,/^Discarded input sections/p' "$map" |
    awk -v map="$(basename "$map" .map)" -v a="$(basename "$checked")" -v b="$(basename "$other")" '
      match($0, /^[^ (]+\.a\(/) {
        lib = substr($0, 1, RLENGTH - 1); n = split(lib, parts, "/"); lib = parts[n]
        pending = lib == a || lib == b
        member = substr($0, RLENGTH + 1); sub(/\).*/, "", member)
        sub(/^[^ (]+\.a\([^)]*\)/, "")
      }
      pending && match($0, /\([^()]+\)[ \t]*$/) {
        print map, lib, member, substr($0, RSTART + 1, RLENGTH - 2); pending = 0
      }'
done >"$tmp.taken"
[ -s "$tmp.taken" ] || { echo "the maps show no member taken from either archive"; exit 1; }
for lib in "$checked" "$other"; do
  objdump -t -dr --no-show-raw-insn "$lib" | sed "s|^|$(basename "$lib") |"
done >"$tmp.dump"
status=0
awk -v checked="$(basename "$checked")" '
  FNR == NR { # the members taken: want[lib, member, symbol] = the programs
    k = $2 SUBSEP $3 SUBSEP $4
    if (k in want) want[k] = want[k] " and " $1
    else want[k] = $1
    wanted[$2, $3] = 1
    next
  }
  { lib = $1; sub(/^[^ ]+ /, "") }
  / file format / {
    name = $1; sub(/:$/, "", name)
    member = lib SUBSEP name SUBSEP (++seen[lib, name])
    next
  }
  !((lib, name) in wanted) { next }
  # the symbol table: "value flags section size name"; flags g, w: global, weak
  /^[0-9a-f]+ / && NF >= 4 {
    if ($2 == "*UND*") {
      und[member, ++nund[member]] = $NF
    } else if ($2 ~ /^[gw]/) {
      defs[member, $NF] = 1
      if ((lib, name, $NF) in want) taken[lib, name, $NF] = member
    }
    next
  }
  /:\t(syscall|sysenter)[ \t]*$/ || /:\tint +\$0x80/ { traps[member]++ }
  END {
    status = 0
    for (k in want) { # the members of the link, and which of them defines each symbol
      split(k, f, SUBSEP)
      if (k in taken) { inlink[taken[k]] = 1; continue }
      printf "%s in %s (taken by %s): no member of that name defines %s\n", f[2], f[1],
             want[k], f[3]
      status = 1
    }
    for (d in defs) {
      split(d, f, SUBSEP)
      m = f[1] SUBSEP f[2] SUBSEP f[3]
      if (m in inlink) owner[f[4]] = m
    }
    for (m in inlink) if (traps[m]) why[m] = "trap instructions: " traps[m]
    do { # a member that uses one that reaches a system call reaches it too
      grew = 0
      for (m in inlink) {
        for (i = 1; !(m in why) && i <= nund[m]; i++) {
          s = und[m, i]
          if (!(s in owner) || !(owner[s] in why)) continue
          split(owner[s], f, SUBSEP)
          why[m] = "uses " s ", from " f[2] " in " f[1]
          grew = 1
        }
      }
    } while (grew)
    for (k in taken) {
      split(k, f, SUBSEP)
      if (f[1] != checked) continue
      printf "%s in %s (taken by %s for %s)", f[2], f[1], want[k], f[3]
      if (taken[k] in why) {
        printf " reaches a system call (%s): its source belongs in SYSGATE_TRACED_SOURCES\n",
               why[taken[k]]
        status = 1
      } else {
        print ": no system call"
      }
    }
    exit status
  }' "$tmp.taken" "$tmp.dump" >"$tmp.out" || status=$?
sort "$tmp.out"
exit "$status"
