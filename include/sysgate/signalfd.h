/* sysgate/signalfd.h: signalfd(2), its SFD_* flags and struct signalfd_siginfo.
 */
#ifndef SYSGATE_SIGNALFD_H
#define SYSGATE_SIGNALFD_H

#include "fcntl.h"
#include "syscall.h"
#include "types.h"

/* signalfd(2): one 128-byte record per read (include/uapi/linux/signalfd.h). */
#define SFD_CLOEXEC O_CLOEXEC
#define SFD_NONBLOCK O_NONBLOCK

struct signalfd_siginfo {
  uint32_t ssi_signo;
  int32_t ssi_errno;
  int32_t ssi_code;
  uint32_t ssi_pid;
  uint32_t ssi_uid;
  int32_t ssi_fd;
  uint32_t ssi_tid;
  uint32_t ssi_band;
  uint32_t ssi_overrun;
  uint32_t ssi_trapno;
  int32_t ssi_status;
  int32_t ssi_int;
  uint64_t ssi_ptr;
  uint64_t ssi_utime;
  uint64_t ssi_stime;
  uint64_t ssi_addr;
  uint16_t ssi_addr_lsb;
  uint16_t sysgate_pad2;
  int32_t ssi_syscall;
  uint64_t ssi_call_addr;
  uint32_t ssi_arch;
  uint8_t sysgate_pad[28];
};

SG_INLINE long sys_signalfd(int fd, const sigset_t *mask, int flags) {
  return syscall4(SYS_signalfd4, fd, (long)mask, sizeof(sigset_t), flags);
}
#include "calls/signalfd.h"

#endif
