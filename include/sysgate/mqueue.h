/* sysgate/mqueue.h: POSIX message queues (mq_overview(7)): mq_open(3),
 * mq_close(3), mq_unlink(3), mq_send(3), mq_receive(3), mq_timedsend(3),
 * mq_timedreceive(3), mq_getattr(3), mq_setattr(3), mq_notify(3), over the
 * mq_* system calls.
 *
 * Not obvious: the kernel names a queue without glibc's leading '/': the libc layers of mq_open and
 * mq_unlink refuse a name without one (EINVAL) and pass the rest (glibc's mq_open.c); the raw
 * layers pass the name as given. mq_send, mq_receive, mq_getattr and mq_setattr are not system
 * calls: they are the timed calls with no timeout and mq_getsetattr(2). (the rest: docs/calls.md)
 */
#ifndef SYSGATE_MQUEUE_H
#define SYSGATE_MQUEUE_H

#include "fcntl.h"
#include "signal.h"
#include "syscall.h"
#include "time.h"
#include "types.h"
#include "unistd.h"

typedef int mqd_t;

/* The kernel's struct mq_attr: four longs and four spare. */
struct mq_attr {
  long mq_flags; /* 0 or O_NONBLOCK */
  long mq_maxmsg;
  long mq_msgsize;
  long mq_curmsgs;
  long sysgate_pad[4];
};

#include "calls/mqueue.h"

SG_INLINE long sys_mq_close(mqd_t mqd) {
  return sys_close(mqd);
}
SG_INLINE long sys_mq_send(mqd_t mqd, const char *msg, size_t len, unsigned int prio) {
  return sys_mq_timedsend(mqd, msg, len, prio, 0);
}
SG_INLINE long sys_mq_receive(mqd_t mqd, char *msg, size_t len, unsigned int *prio) {
  return sys_mq_timedreceive(mqd, msg, len, prio, 0);
}
SG_INLINE long sys_mq_getattr(mqd_t mqd, struct mq_attr *attr) {
  return sys_mq_getsetattr(mqd, 0, attr);
}
SG_INLINE long sys_mq_setattr(mqd_t mqd, const struct mq_attr *new_attr, struct mq_attr *old_attr) {
  return sys_mq_getsetattr(mqd, new_attr, old_attr);
}

/* mq_open(name, flags) or, with O_CREAT, mq_open(name, flags, mode, attr). */
mqd_t mq_open(const char *name, int flags, ...) SG_SYMBOL(mq_open);
int mq_unlink(const char *name) SG_SYMBOL(mq_unlink);
int mq_notify(mqd_t mqd, const struct sigevent *sev) SG_SYMBOL(mq_notify);

#endif
