#!/bin/sh
# sysgate-cc and threads, from an install of this build:
#   check_sysgate_cc.sh BUILD ARCH CC SRCDIR WORKDIR
# 1. a POSIX program with threads, __thread and errno, built with `sysgate-cc -pthread`, runs;
# 2. a __thread program without -pthread fails to link with sysgate's message, with sysgate's
#    linker script and without it (--sysgate-no-size); 3. --tiny -pthread is refused.
set -u
build=$1 arch=$2 cc=$3 src=$4 work=$5
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
cmake --install "$build" --prefix "$work/prefix" >install.log 2>&1 || { cat install.log; exit 1; }
m=-m64
[ "$arch" = i386 ] && m=-m32
sgcc="env SYSGATE_CC=$cc $work/prefix/bin/sysgate-cc $m"
fails=0
if $sgcc -pthread -O2 "$src/tests/threads/posix_threads.c" -o posix_threads >build.log 2>&1 &&
  out=$(./posix_threads) && [ "$out" = "errno a EBADF, b ENOENT, main's calls 0" ]; then
  echo "ok: sysgate-cc -pthread: $out"
else
  echo "FAIL: sysgate-cc -pthread program:"; cat build.log; echo "${out:-}"; fails=$((fails + 1))
fi
for flags in "" --sysgate-no-size; do
  if $sgcc $flags "$src/tests/threads/link_tls_var.c" -o tls_var >tls.log 2>&1; then
    echo "FAIL: __thread without -pthread linked ($flags)"; fails=$((fails + 1))
  elif grep -q "build it with sysgate-cc -pthread" tls.log; then
    echo "ok: __thread without -pthread refused ${flags:+($flags) }with: $(grep -o 'sysgate: this.*' tls.log)"
  else
    echo "FAIL: refused without sysgate's message ($flags):"; cat tls.log; fails=$((fails + 1))
  fi
done
if $sgcc -pthread --tiny "$src/tests/threads/posix_threads.c" -o tiny_threads >tiny.log 2>&1; then
  echo "FAIL: --tiny -pthread linked a program whose startup sets up no TLS"; fails=$((fails + 1))
else
  echo "ok: --tiny -pthread refused: $(cat tiny.log)"
fi
echo "sysgate-cc thread checks: $fails failed"
[ "$fails" -eq 0 ]
