#!/bin/sh
# Runs one program and checks what it did: ctest's runner for the -nostdlib programs
# (sysgate_program_test in tests/CMakeLists.txt, and the sh -c checks beside it).
# usage: run_expect.sh [-s STATUS] [-o STDOUT_FILE] [-e STDERR_FILE] [-i STDIN_FILE]
#                      [-r STDOUT_ERE] -- command [args...]
# The status must be STATUS (0 if not given), stdout and stderr the files' bytes; -r: all of
# stdout must match the ERE (awk's, ^ and $ at its start and end). Without -i, stdin is ctest's.
# Not obvious: sh, not cmake -P, because a cmake start costs 0.4 s in the VM cells (TCG).
status=0 out_file= err_file= in_file= out_re=
while getopts s:o:e:i:r: opt; do
  case $opt in
  s) status=$OPTARG ;;
  o) out_file=$OPTARG ;;
  e) err_file=$OPTARG ;;
  i) in_file=$OPTARG ;;
  r) out_re=$OPTARG ;;
  *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
if [ -n "$in_file" ]; then
  "$@" <"$in_file" >"$tmp/out" 2>"$tmp/err"
else
  "$@" >"$tmp/out" 2>"$tmp/err"
fi
rc=$?
failed=0
if [ "$rc" != "$status" ]; then
  echo "exit status: got '$rc', expected '$status'"
  failed=1
fi
# differs NAME EXPECTED GOT: says how when the files differ
differs() {
  printf '%s differs.\n--- expected\n' "$1"
  cat "$2"
  printf -- '--- got\n'
  cat "$3"
  printf -- '---\n'
  failed=1
}
[ -z "$out_file" ] || cmp -s "$out_file" "$tmp/out" || differs stdout "$out_file" "$tmp/out"
[ -z "$err_file" ] || cmp -s "$err_file" "$tmp/err" || differs stderr "$err_file" "$tmp/err"
if [ -n "$out_re" ] &&
  ! RE=$out_re awk 'BEGIN { RS = "\001" } { s = s $0 } END { exit !(s ~ ENVIRON["RE"]) }' \
    "$tmp/out"; then
  printf 'stdout does not match %s:\n' "$out_re"
  cat "$tmp/out"
  failed=1
fi
[ "$failed" -ne 0 ] || echo "ok: status $rc"
exit "$failed"
