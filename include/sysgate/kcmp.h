/* sysgate/kcmp.h: what kcmp(2) compares, as include/uapi/linux/kcmp.h has it.
 *
 * Not obvious: it stands in for the kernel's header and so takes its include guard:
 * whichever of the two comes first defines these, the other nothing.
 */
#ifndef _LINUX_KCMP_H
#define _LINUX_KCMP_H

#include <stdint.h>

enum kcmp_type {
  KCMP_FILE,
  KCMP_VM,
  KCMP_FILES,
  KCMP_FS,
  KCMP_SIGHAND,
  KCMP_IO,
  KCMP_SYSVSEM,
  KCMP_EPOLL_TFD,
  KCMP_TYPES,
};

/* KCMP_EPOLL_TFD's idx2: which target file of which epoll instance. */
struct kcmp_epoll_slot {
  uint32_t efd;
  uint32_t tfd;
  uint32_t toff;
};

#endif
