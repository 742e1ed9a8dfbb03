#!/bin/sh
# The links that must fail, with their messages, and their controls that must succeed:
#   check_link.sh CC "CFLAGS" SRCDIR CRT LIBSYSGATE LIBSYSGATE_PTHREAD NOTLS_LD WORKDIR
# 1. __thread without -pthread: cmake/sysgate-notls.ld's message;
# 2. and 3. objects of one build with the other's library: ld's TLS mismatch.
set -u
cc=$1 cflags=$2 src=$3 crt=$4 lib=$5 libp=$6 notls=$7 work=$8
mkdir -p "$work" && cd "$work" || exit 1
fails=0
# link NAME WANT(ok|fail) MESSAGE OBJ LIBRARY [EXTRA]
link() {
  name=$1 want=$2 msg=$3 obj=$4 library=$5
  shift 5
  # shellcheck disable=SC2086
  if $cc $cflags -nostdlib -static -o "$name" "$crt" "$obj" "$library" -lgcc "$@" >"$name.log" 2>&1; then
    got=ok
  else
    got=fail
  fi
  if [ "$got" = "$want" ] && { [ -z "$msg" ] || grep -q "$msg" "$name.log"; }; then
    echo "ok: $name ($got)"
  else
    echo "FAIL: $name: wanted $want${msg:+ with \"$msg\"}, got $got:"
    cat "$name.log"
    fails=$((fails + 1))
  fi
}
# shellcheck disable=SC2086
$cc $cflags -ffreestanding -I"$src/include" -c "$src/tests/threads/link_tls_var.c" -o tls_var.o &&
  $cc $cflags -ffreestanding -I"$src/include" -c "$src/tests/threads/link_errno.c" -o errno_plain.o &&
  $cc $cflags -ffreestanding -I"$src/include" -DSYSGATE_THREADS -c "$src/tests/threads/link_errno.c" \
    -o errno_threaded.o || exit 1
link tls_without_pthread fail "build it with sysgate-cc -pthread" tls_var.o "$lib" "$notls"
link tls_with_pthread ok "" tls_var.o "$libp"
link threaded_object_plain_library fail "mismatches non-TLS" errno_threaded.o "$lib" "$notls"
link plain_object_threaded_library fail "mismatches non-TLS" errno_plain.o "$libp"
link plain_object_plain_library ok "" errno_plain.o "$lib" "$notls"
link threaded_object_threaded_library ok "" errno_threaded.o "$libp"
for p in tls_with_pthread plain_object_plain_library threaded_object_threaded_library; do
  if [ -x "$p" ] && ! "./$p"; then
    echo "FAIL: $p linked but did not run"
    fails=$((fails + 1))
  fi
done
echo "link checks: $fails failed"
[ "$fails" -eq 0 ]
