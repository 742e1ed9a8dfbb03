/* sysgate/sigaltstack.h: sigaltstack(2), stack_t and the SS_* values.
 */
#ifndef SYSGATE_SIGALTSTACK_H
#define SYSGATE_SIGALTSTACK_H

#include "syscall.h"
#include "types.h"

/* sigaltstack(2). MINSIGSTKSZ is the kernel's floor for ss_size (ENOMEM below it),
 * not what a frame needs: with AVX-512 state the kernel's frame alone is larger than
 * 2048 bytes (getauxval(AT_MINSIGSTKSZ) says how large), so give a handler more. */
#define SS_ONSTACK 1
#define SS_DISABLE 2
#define SS_AUTODISARM (1U << 31)
#define MINSIGSTKSZ 2048
#define SIGSTKSZ 8192

typedef struct {
  void *ss_sp;
  int ss_flags;
  size_t ss_size;
} stack_t;

#include "calls/sigaltstack.h"

#endif
