#!/bin/sh
# Installs the Debian 12 packages sysgate's build and tests need, if missing.
#   install-deps.sh          everything the test suite uses (qemu-system-x86 and e2fsprogs
#                            for the i386 guest, tools/vm/run.py; qemu-user for tools/vm/qemu-user.sh;
#                            llvm for llvm-objcopy, which --tiny programs need)
#   install-deps.sh --build  only what building and running the demo needs
#   install-deps.sh --bench  what bench/run.sh needs (musl for i386 it unpacks itself)
# As root it installs (adding the i386 architecture for libcmocka-dev:i386);
# otherwise it lists what is missing and leaves the tests to skip with reasons.
set -eu

build_pkgs="cmake make gcc libc6-dev"
test_pkgs="$build_pkgs clang gcc-multilib libcmocka-dev libcmocka-dev:i386 python3 strace
valgrind binutils bsdutils clang-format pkgconf file libclang-rt-14-dev libc6-dbg:i386
qemu-system-x86 qemu-user e2fsprogs llvm tzdata"
bench_pkgs="$build_pkgs gcc-multilib python3 valgrind binutils musl-tools dietlibc-dev
dietlibc-dev:i386"
pkgs=$test_pkgs
[ "${1:-}" = "--build" ] && pkgs=$build_pkgs
[ "${1:-}" = "--bench" ] && pkgs=$bench_pkgs

missing=
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q " ok installed" ||
    missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing:$missing (run as root to install them)" >&2
  exit 0
fi
case "$missing" in
*:i386*) dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386 ;;
esac
echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
# A mirror caught mid-sync fails `update` for one index; the others still serve.
apt-get update -qq || echo "install-deps: apt-get update reported errors; trying anyway" >&2
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
