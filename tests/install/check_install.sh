#!/bin/sh
# Installs a built sysgate into a scratch prefix and builds a separate consumer
# program against it three ways: CMake find_package, pkg-config, sysgate-cc.
# Each must build a static program with no libc that runs and prints its line.
# usage: check_install.sh <build dir> <arch: x86_64|i386> <cc> <source dir> [posix]
# With "posix", the same install is used for tests/posix/check_posix.sh instead.
# SYSGATE_STAGE=build compiles everything into <build dir>/staged-<what> and runs nothing;
# SYSGATE_STAGE=run then runs and checks what that built (tools/vm: build on the host,
# run in the guest); unset, both in a scratch folder.
set -eu
build=$1 arch=$2 cc=$3 src=$4
stage=${SYSGATE_STAGE:-all}
if [ "$stage" = all ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
else
  work=$build/staged-${5:-install}
  if [ "$stage" = build ]; then
    rm -rf "$work" && mkdir -p "$work"
  elif [ ! -d "$work/prefix" ]; then
    echo "SKIPPED: the build stage did not run (ctest -L host first)"
    exit 77
  fi
fi
export SYSGATE_STAGE=$stage
prefix=$work/prefix
m=-m64 toolchain=
if [ "$arch" = i386 ]; then
  m=-m32 toolchain=-DCMAKE_TOOLCHAIN_FILE=$src/cmake/i386-linux-gnu.cmake
fi

[ "$stage" = run ] || cmake --install "$build" --prefix "$prefix" >/dev/null
if [ "${5:-}" = posix ]; then
  status=0
  sh "$src/tests/posix/check_posix.sh" "$prefix" "$arch" "$cc" "$src" "$work/posix" || status=$?
  exit $status
fi
build() { [ "$stage" != run ]; } # compiles in this stage

check() { # check <how> <program>
  [ "$stage" != build ] || return 0
  out=$("$2")
  [ "$out" = "consumer ok" ] || { echo "$1: program printed '$out'"; exit 1; }
  file -b "$2" | grep -q 'statically linked\|static-pie' || { echo "$1: not static: $(file -b "$2")"; exit 1; }
  if readelf -d "$2" 2>/dev/null | grep -q NEEDED; then echo "$1: needs a shared library"; exit 1; fi
  echo "$1: ok ($(wc -c <"$2") bytes, $(file -b "$2" | cut -d, -f1))"
}

# 1. CMake: find_package(sysgate) from the prefix.
if build; then
  cmake -S "$src/tests/install/consumer" -B "$work/cmake" $toolchain -DCMAKE_C_COMPILER="$cc" \
    -DCMAKE_PREFIX_PATH="$prefix" >"$work/cmake.log" 2>&1 || { cat "$work/cmake.log"; exit 1; }
  cmake --build "$work/cmake" >>"$work/cmake.log" 2>&1 || { cat "$work/cmake.log"; exit 1; }
fi
check cmake "$work/cmake/consumer"

# 2. pkg-config, with the arch's multiarch directory.
export PKG_CONFIG_PATH="$prefix/lib/$arch-linux-gnu/pkgconfig"
# shellcheck disable=SC2046
build && "$cc" $m $(pkg-config --cflags sysgate) "$src/tests/install/consumer/main.c" \
  -o "$work/pc" $(pkg-config --libs sysgate)
check pkg-config "$work/pc"

# 3. sysgate-cc, like musl-gcc.
build && SYSGATE_CC=$cc "$prefix/bin/sysgate-cc" $m "$src/tests/install/consumer/main.c" -o "$work/scc"
check sysgate-cc "$work/scc"
build && SYSGATE_CC=$cc "$prefix/bin/sysgate-cc" $m --sysgate-no-size \
  "$src/tests/install/consumer/main.c" -o "$work/scc-big"
check "sysgate-cc --sysgate-no-size" "$work/scc-big"

# 4. What printf links (sysgate/printf_lean.h): strerror only where a format may hold %m,
# floating point only where it may hold a float conversion and not with
# -DSYSGATE_PRINTF_NO_FLOAT, the extra conversions (wide, %n) only where it may hold one;
# through a pointer, everything.
# needs <name> <flags> <float: yes|no> <strerror: yes|no> <extra: yes|no> <expected line>
needs() {
  if build; then
    SYSGATE_CC=$cc "$prefix/bin/sysgate-cc" $m -O2 -Wall -Wextra -Werror $2 \
      "$src/tests/install/printf_needs.c" -o "$work/$1"
    for sym in sysgate_printf_float:$3 strerror:$4 sysgate_printf_extra:$5; do
      has=no
      nm "$work/$1" | grep -qw "${sym%:*}" && has=yes
      [ $has = "${sym#*:}" ] || { echo "printf $1: ${sym%:*} linked: $has, expected ${sym#*:}"; exit 1; }
    done
  fi
  [ "$stage" != build ] || return 0
  out=$("$work/$1")
  [ "$out" = "$6" ] || { echo "printf $1: printed '$out', expected '$6'"; exit 1; }
  echo "printf $1: ok (float $3, strerror $4, extra $5, $(wc -c <"$work/$1") bytes)"
}
needs plain "" yes no no "ab  |  7|ff|2.2|9"
needs plain-nofloat -DSYSGATE_PRINTF_NO_FLOAT no no no "ab  |  7|ff|%.1f|9"
needs int -DCALL_INT=1 no no no "Each of a few: ab  |  7|ff|9"
needs int-O0 "-DCALL_INT=1 -O0" no no no "Each of a few: ab  |  7|ff|9" # folded without optimizing
needs int-Os "-DCALL_INT=1 -Os" no no no "Each of a few: ab  |  7|ff|9"
needs wide -DCALL_WIDE=1 no no yes "ab  |  7|wide|3"
needs variable -DCALL_VARIABLE=1 yes yes yes "ab  |  7|ff|2.2|9"
needs variable-nofloat "-DCALL_VARIABLE=1 -DSYSGATE_PRINTF_NO_FLOAT" no yes yes "ab  |  7|ff|%.1f|9"
needs m -DCALL_M=1 yes yes no "ab  |  7|ff|2.2|No such file or directory|9"
needs m-nofloat "-DCALL_M=1 -DSYSGATE_PRINTF_NO_FLOAT" no yes no "ab  |  7|ff|%.1f|No such file or directory|9"
needs pointer -DCALL_POINTER=1 yes yes yes "ab  |  7|ff|2.2|Permission denied|9"
needs pointer-nofloat "-DCALL_POINTER=1 -DSYSGATE_PRINTF_NO_FLOAT" yes yes yes \
  "ab  |  7|ff|2.2|Permission denied|9"
