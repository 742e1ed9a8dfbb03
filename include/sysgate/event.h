/* sysgate/event.h: waiting for descriptors and events: poll(2), ppoll(2), select(2), pselect(2)
 * with fd_set and FD_*; the epoll(7) calls (epoll_create1(2), epoll_ctl(2), epoll_wait(2) ...);
 * eventfd(2) with eventfd_read and eventfd_write (src/libc/eventfd_rw.c); the inotify(7) calls.
 * fanotify is sysgate/fanotify.h; sys_fanotify_mark's per-arch body is in this header's arch part.
 *
 * Not obvious: the kernel's ppoll and pselect6 write the time left back into the timeout they are
 * given (fs/select.c, poll_select_finish), but POSIX's ppoll and pselect take it const. (the rest:
 * docs/calls.md)
 */
#ifndef SYSGATE_EVENT_H
#define SYSGATE_EVENT_H

#include "syscall.h"
#include "types.h"
#include "usercopy.h"

/* --- poll (include/uapi/asm-generic/poll.h; x86 uses the generic values) --- */
#define POLLIN 0x0001
#define POLLPRI 0x0002
#define POLLOUT 0x0004
#define POLLERR 0x0008
#define POLLHUP 0x0010
#define POLLNVAL 0x0020
#define POLLRDNORM 0x0040
#define POLLRDBAND 0x0080
#define POLLWRNORM 0x0100
#define POLLWRBAND 0x0200
#define POLLMSG 0x0400
#define POLLRDHUP 0x2000

struct pollfd {
  int fd;
  short events;
  short revents;
};

typedef unsigned long nfds_t;

/* --- select: a bitmap of FD_SETSIZE descriptors in longs (select(2)) ------- */
#define FD_SETSIZE 1024
#define NFDBITS (8 * (int)sizeof(long))

typedef struct {
  long fds_bits[FD_SETSIZE / NFDBITS];
} fd_set;

#define SYSGATE_FD_MASK(fd) ((long)(1UL << ((unsigned long)(fd) % NFDBITS)))
#define SYSGATE_FD_WORD(fd, set) ((set)->fds_bits[(unsigned long)(fd) / NFDBITS])
#define FD_SET(fd, set) ((void)(SYSGATE_FD_WORD(fd, set) |= SYSGATE_FD_MASK(fd)))
#define FD_CLR(fd, set) ((void)(SYSGATE_FD_WORD(fd, set) &= ~SYSGATE_FD_MASK(fd)))
#define FD_ISSET(fd, set) ((SYSGATE_FD_WORD(fd, set) & SYSGATE_FD_MASK(fd)) != 0)
#define FD_ZERO(set)                                                                               \
  do {                                                                                             \
    for (unsigned sysgate_i_ = 0; sysgate_i_ < FD_SETSIZE / NFDBITS; sysgate_i_++)                 \
      (set)->fds_bits[sysgate_i_] = 0;                                                             \
  } while (0)

/* pselect6's sixth argument: where the mask is and how big (fs/select.c). */
struct sysgate_sigset_argpack {
  const sigset_t *ss;
  size_t ss_len;
};

/* --- epoll (include/uapi/linux/eventpoll.h) -------------------------------- */
#define EPOLL_CLOEXEC 02000000
#define EPOLL_CTL_ADD 1
#define EPOLL_CTL_DEL 2
#define EPOLL_CTL_MOD 3

#define EPOLLIN 0x001u
#define EPOLLPRI 0x002u
#define EPOLLOUT 0x004u
#define EPOLLERR 0x008u
#define EPOLLHUP 0x010u
#define EPOLLRDNORM 0x040u
#define EPOLLRDBAND 0x080u
#define EPOLLWRNORM 0x100u
#define EPOLLWRBAND 0x200u
#define EPOLLMSG 0x400u
#define EPOLLRDHUP 0x2000u
#define EPOLLEXCLUSIVE (1u << 28)
#define EPOLLWAKEUP (1u << 29)
#define EPOLLONESHOT (1u << 30)
#define EPOLLET (1u << 31)

typedef union epoll_data {
  void *ptr;
  int fd;
  uint32_t u32;
  uint64_t u64;
} epoll_data_t;

/* --- eventfd (include/linux/eventfd.h: the flags are O_* values) ---------- */
typedef uint64_t eventfd_t;
#define EFD_SEMAPHORE 1
#define EFD_CLOEXEC 02000000
#define EFD_NONBLOCK 04000

/* --- inotify (include/uapi/linux/inotify.h) -------------------------------- */
#define IN_ACCESS 0x00000001u
#define IN_MODIFY 0x00000002u
#define IN_ATTRIB 0x00000004u
#define IN_CLOSE_WRITE 0x00000008u
#define IN_CLOSE_NOWRITE 0x00000010u
#define IN_CLOSE (IN_CLOSE_WRITE | IN_CLOSE_NOWRITE)
#define IN_OPEN 0x00000020u
#define IN_MOVED_FROM 0x00000040u
#define IN_MOVED_TO 0x00000080u
#define IN_MOVE (IN_MOVED_FROM | IN_MOVED_TO)
#define IN_CREATE 0x00000100u
#define IN_DELETE 0x00000200u
#define IN_DELETE_SELF 0x00000400u
#define IN_MOVE_SELF 0x00000800u
#define IN_ALL_EVENTS 0x00000fffu
#define IN_UNMOUNT 0x00002000u
#define IN_Q_OVERFLOW 0x00004000u
#define IN_IGNORED 0x00008000u
#define IN_ONLYDIR 0x01000000u
#define IN_DONT_FOLLOW 0x02000000u
#define IN_EXCL_UNLINK 0x04000000u
#define IN_MASK_CREATE 0x10000000u
#define IN_MASK_ADD 0x20000000u
#define IN_ISDIR 0x40000000u
#define IN_ONESHOT 0x80000000u
#define IN_CLOEXEC 02000000
#define IN_NONBLOCK 04000

/* One event as read(2) returns it: len bytes of NUL-padded name follow. */
struct inotify_event {
  int wd;
  uint32_t mask;
  uint32_t cookie;
  uint32_t len;
  char name[];
};

/* Per arch: struct epoll_event (packed on x86_64) and i386's sys_select. */
#include SYSGATE_ARCH_EVENT_H

#include "calls/event.h"

/* The raw calls whose libc layer adds the signal set's size or copies the timeout. */

/* epoll_pwait2 (Linux 5.11): epoll_pwait with a timespec, which the kernel
 * only reads (fs/eventpoll.c), so it is passed as it is; NULL waits forever.
 * Its number is the same on both arches, and its timespec is 64-bit on both. */

SG_INLINE int epoll_pwait2(int epfd, struct epoll_event *events, int maxevents,
                           const struct timespec *timeout, const sigset_t *sigmask)
    SG_SYMBOL(epoll_pwait2);
SG_INLINE int epoll_pwait2(int epfd, struct epoll_event *events, int maxevents,
                           const struct timespec *timeout, const sigset_t *sigmask) {
  return (int)sysgate_ret(
      sys_epoll_pwait2(epfd, events, maxevents, timeout, sigmask, sizeof(sigset_t)));
}

/* One 8-byte read or write of an eventfd counter: 0, or -1 and errno
 * (src/libc/eventfd_rw.c). */
int eventfd_read(int fd, eventfd_t *value) SG_SYMBOL(eventfd_read);
int eventfd_write(int fd, eventfd_t value) SG_SYMBOL(eventfd_write);

/* sys_select is per arch: select on x86_64, pselect6_time64 on i386. */

/* The kernel writes the time left into the timeout; the caller's is const, so
 * the kernel gets a copy: 0, or -EFAULT for a timeout it cannot read. Both
 * calls read the timeout before anything else they could refuse (fs/select.c:
 * ppoll and do_pselect; pselect6's argpack is the wrapper's own), so EFAULT
 * first is the kernel's own order. */
SG_INLINE long sysgate_timeout_copy(struct timespec *copy, const struct timespec *timeout) {
  return timeout ? sysgate_copy_in(copy, timeout, sizeof *copy) : 0;
}

SG_INLINE int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout,
                    const sigset_t *sigmask) SG_SYMBOL(ppoll);
SG_INLINE int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout,
                    const sigset_t *sigmask) {
  struct timespec left;
  long r = sysgate_timeout_copy(&left, timeout);
  if (r == 0)
    r = sys_ppoll(fds, nfds, timeout ? &left : 0, sigmask, sizeof(sigset_t));
  return (int)sysgate_ret(r);
}

SG_INLINE int pselect(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
                      const struct timespec *timeout, const sigset_t *sigmask) SG_SYMBOL(pselect);
SG_INLINE int pselect(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
                      const struct timespec *timeout, const sigset_t *sigmask) {
  struct timespec left;
  struct sysgate_sigset_argpack pack = {sigmask, sizeof(sigset_t)};
  long r = sysgate_timeout_copy(&left, timeout);
  if (r == 0)
    r = sys_pselect6(nfds, readfds, writefds, exceptfds, timeout ? &left : 0, &pack);
  return (int)sysgate_ret(r);
}

SG_INLINE int epoll_pwait(int epfd, struct epoll_event *events, int maxevents, int timeout,
                          const sigset_t *sigmask) SG_SYMBOL(epoll_pwait);
SG_INLINE int epoll_pwait(int epfd, struct epoll_event *events, int maxevents, int timeout,
                          const sigset_t *sigmask) {
  return (int)sysgate_ret(
      sys_epoll_pwait(epfd, events, maxevents, timeout, sigmask, sizeof(sigset_t)));
}

#endif
