#!/bin/sh
# The quick path for i386 on a kernel without IA-32 emulation: runs a command with Debian's
# qemu-i386 registered for i386 ELF files in binfmt_misc, so that every i386 program it starts,
# and every one those start, runs under qemu-user. Unregisters (and unmounts) afterwards.
#   sh tools/vm/qemu-user.sh ctest --test-dir build/i386 -R test_fd
# Not obvious: qemu-user emulates the i386 system-call ABI on this machine's kernel, but gives
# no AT_SYSINFO or vDSO (sysgate enters with int $0x80), no seccomp and no ptrace; the tests
# that need those skip or fail there. The real kernel is tools/vm/run.py's guest.
set -eu
[ $# -gt 0 ] || { echo "usage: $0 <command> [args...]" >&2; exit 2; }
qemu=$(command -v qemu-i386) || { echo "qemu-user.sh: no qemu-i386 (apt-get install qemu-user)" >&2; exit 1; }
bm=/proc/sys/fs/binfmt_misc
mounted=
if [ ! -e "$bm/register" ]; then
  mount -t binfmt_misc binfmt_misc "$bm"
  mounted=yes
fi
[ ! -e "$bm/sysgate-i386" ] || echo -1 >"$bm/sysgate-i386"
# ELF, 32-bit, little-endian, e_type EXEC or DYN (mask 0xfe), e_machine 3 (EM_386);
# F: the kernel opens qemu-i386 now, so it is found from any mount namespace.
magic='\x7fELF\x01\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x03\x00'
mask='\xff\xff\xff\xff\xff\xfe\xfe\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff'
printf '%s' ":sysgate-i386:M::$magic:$mask:$qemu:F" >"$bm/register"
cleanup() {
  [ ! -e "$bm/sysgate-i386" ] || echo -1 >"$bm/sysgate-i386"
  [ -z "$mounted" ] || umount "$bm"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
status=0
"$@" || status=$?
exit $status
