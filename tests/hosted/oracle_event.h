/* The glibc side of test_event*.c and test_fanotify.c (oracle_event.c): glibc's poll, select,
 * epoll, eventfd, inotify and fanotify calls, a SIGALRM blocker, and the ABI list.
 *
 * Not obvious: a signal mask travels as sysgate's 8-byte set (the kernel's);
 * the oracle copies it into glibc's 128-byte sigset_t before the call.
 * fd_sets, pollfds and epoll_events are passed as they are: the ABI test
 * proves their layouts equal.
 */
#ifndef SYSGATE_TEST_ORACLE_EVENT_H
#define SYSGATE_TEST_ORACLE_EVENT_H

#include "abi.h"

#define EVENT_ABI(C, T, M)                                                                         \
  C(POLLIN), C(POLLPRI), C(POLLOUT), C(POLLERR), C(POLLHUP), C(POLLNVAL), C(POLLRDNORM),           \
      C(POLLRDBAND), C(POLLWRNORM), C(POLLWRBAND), C(POLLMSG), C(POLLRDHUP), C(FD_SETSIZE),        \
      C(NFDBITS), C(EPOLL_CLOEXEC), C(EPOLL_CTL_ADD), C(EPOLL_CTL_DEL), C(EPOLL_CTL_MOD),          \
      C(EPOLLIN), C(EPOLLPRI), C(EPOLLOUT), C(EPOLLERR), C(EPOLLHUP), C(EPOLLRDNORM),              \
      C(EPOLLRDBAND), C(EPOLLWRNORM), C(EPOLLWRBAND), C(EPOLLMSG), C(EPOLLRDHUP),                  \
      C(EPOLLEXCLUSIVE), C(EPOLLWAKEUP), C(EPOLLONESHOT), C(EPOLLET), C(EFD_SEMAPHORE),            \
      C(EFD_CLOEXEC), C(EFD_NONBLOCK), C(IN_ACCESS), C(IN_MODIFY), C(IN_ATTRIB),                   \
      C(IN_CLOSE_WRITE), C(IN_CLOSE_NOWRITE), C(IN_CLOSE), C(IN_OPEN), C(IN_MOVED_FROM),           \
      C(IN_MOVED_TO), C(IN_MOVE), C(IN_CREATE), C(IN_DELETE), C(IN_DELETE_SELF), C(IN_MOVE_SELF),  \
      C(IN_ALL_EVENTS), C(IN_UNMOUNT), C(IN_Q_OVERFLOW), C(IN_IGNORED), C(IN_ONLYDIR),             \
      C(IN_DONT_FOLLOW), C(IN_EXCL_UNLINK), C(IN_MASK_CREATE), C(IN_MASK_ADD), C(IN_ISDIR),        \
      C(IN_ONESHOT), C(IN_CLOEXEC), C(IN_NONBLOCK), C(sizeof(nfds_t)), C(sizeof(eventfd_t)),       \
      C(offsetof(struct inotify_event, name)), T(struct pollfd), M(struct pollfd, fd),             \
      M(struct pollfd, events), M(struct pollfd, revents), T(fd_set), T(epoll_data_t),             \
      C(sizeof(struct epoll_event)), M(struct epoll_event, events), M(struct epoll_event, data),   \
      T(struct inotify_event), M(struct inotify_event, wd), M(struct inotify_event, mask),         \
      M(struct inotify_event, cookie), M(struct inotify_event, len)
/* struct epoll_event's alignment is left out above: glibc packs it on i386
 * too (its x86 bits/epoll.h), the kernel only on x86_64; test_event checks it
 * against the kernel's rule. */

extern const struct abi_row oracle_event_abi[];
extern const unsigned oracle_event_abi_len;

/* glibc's calls; err: glibc's errno after the call (zeroed before it). A mask
 * is a pointer to sysgate's sigset_t, or NULL. */
int oracle_poll(void *fds, unsigned long nfds, int timeout, int *err);
int oracle_ppoll(void *fds, unsigned long nfds, const void *timeout, const void *mask, int *err);
int oracle_select(int nfds, void *r, void *w, void *x, void *timeout, int *err);
int oracle_pselect(int nfds, void *r, void *w, void *x, const void *timeout, const void *mask,
                   int *err);
int oracle_epoll_create1(int flags, int *err);
int oracle_epoll_event_align(void);
int oracle_epoll_ctl(int epfd, int op, int fd, void *event, int *err);
int oracle_epoll_wait(int epfd, void *events, int maxevents, int timeout, int *err);
int oracle_epoll_pwait(int epfd, void *events, int maxevents, int timeout, const void *mask,
                       int *err);
int oracle_epoll_pwait2(int epfd, void *events, int maxevents, const void *timeout,
                        const void *mask, int *err);
int oracle_eventfd(unsigned int count, int flags, int *err);
int oracle_inotify_init1(int flags, int *err);
int oracle_epoll_create(int size, int *err);
int oracle_inotify_init(int *err);
int oracle_eventfd_read(int fd, unsigned long long *value, int *err);
int oracle_eventfd_write(int fd, unsigned long long value, int *err);
int oracle_fanotify_init(unsigned int flags, unsigned int event_f_flags, int *err);
int oracle_fanotify_mark(int fd, unsigned int flags, unsigned long long mask, int dirfd,
                         const char *path, int *err);
int oracle_inotify_add_watch(int fd, const char *path, unsigned int mask, int *err);
int oracle_inotify_rm_watch(int fd, int wd, int *err);

/* glibc's FD_SET of each of fds[0..n) into a zeroed fd_set at out. */
void oracle_fd_set_of(const int *fds, int n, void *out);

/* Blocks (1) or unblocks (0) SIGALRM in this thread's signal mask. */
void oracle_block_sigalrm(int block);

#endif
