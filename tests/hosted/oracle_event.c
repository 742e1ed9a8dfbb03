/* glibc's side of test_event*.c and test_fanotify.c (oracle_event.h). glibc's headers only.
 *
 * Not obvious: built with _TIME_BITS=64 so that glibc's timespec and timeval
 * are sysgate's on i386 too, which lets a test pass one pointer to both sides.
 */
#define _GNU_SOURCE
#define _FILE_OFFSET_BITS 64
#define _TIME_BITS 64
#include "oracle_event.h"
#include "oracle_call.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/fanotify.h>
#include <sys/inotify.h>
#include <sys/select.h>

const struct abi_row oracle_event_abi[] = ABI_TABLE(EVENT_ABI);
const unsigned oracle_event_abi_len = sizeof oracle_event_abi / sizeof oracle_event_abi[0];

/* sysgate's 8-byte kernel mask as glibc's sigset_t; NULL stays NULL. */
static const sigset_t *glibc_mask(const void *mask, sigset_t *out) {
  if (!mask)
    return NULL;
  sigemptyset(out);
  memcpy(out, mask, 8);
  return out;
}

int oracle_poll(void *fds, unsigned long nfds, int timeout, int *err) {
  ORACLE_RETURN(int, err, poll(fds, nfds, timeout));
}

int oracle_ppoll(void *fds, unsigned long nfds, const void *timeout, const void *mask, int *err) {
  sigset_t set;
  ORACLE_RETURN(int, err, ppoll(fds, nfds, timeout, glibc_mask(mask, &set)));
}

int oracle_select(int nfds, void *r, void *w, void *x, void *timeout, int *err) {
  ORACLE_RETURN(int, err, select(nfds, r, w, x, timeout));
}

int oracle_pselect(int nfds, void *r, void *w, void *x, const void *timeout, const void *mask,
                   int *err) {
  sigset_t set;
  ORACLE_RETURN(int, err, pselect(nfds, r, w, x, timeout, glibc_mask(mask, &set)));
}

int oracle_epoll_create1(int flags, int *err) {
  ORACLE_RETURN(int, err, epoll_create1(flags));
}

int oracle_epoll_event_align(void) {
  return (int)_Alignof(struct epoll_event);
}

int oracle_epoll_ctl(int epfd, int op, int fd, void *event, int *err) {
  ORACLE_RETURN(int, err, epoll_ctl(epfd, op, fd, event));
}

int oracle_epoll_wait(int epfd, void *events, int maxevents, int timeout, int *err) {
  ORACLE_RETURN(int, err, epoll_wait(epfd, events, maxevents, timeout));
}

int oracle_epoll_pwait(int epfd, void *events, int maxevents, int timeout, const void *mask,
                       int *err) {
  sigset_t set;
  ORACLE_RETURN(int, err, epoll_pwait(epfd, events, maxevents, timeout, glibc_mask(mask, &set)));
}

int oracle_epoll_pwait2(int epfd, void *events, int maxevents, const void *timeout,
                        const void *mask, int *err) {
  sigset_t set;
  ORACLE_RETURN(int, err, epoll_pwait2(epfd, events, maxevents, timeout, glibc_mask(mask, &set)));
}

int oracle_eventfd(unsigned int count, int flags, int *err) {
  ORACLE_RETURN(int, err, eventfd(count, flags));
}

int oracle_inotify_init1(int flags, int *err) {
  ORACLE_RETURN(int, err, inotify_init1(flags));
}

int oracle_inotify_add_watch(int fd, const char *path, unsigned int mask, int *err) {
  ORACLE_RETURN(int, err, inotify_add_watch(fd, path, mask));
}

int oracle_inotify_rm_watch(int fd, int wd, int *err) {
  ORACLE_RETURN(int, err, inotify_rm_watch(fd, wd));
}

int oracle_epoll_create(int size, int *err) {
  ORACLE_RETURN(int, err, epoll_create(size));
}

int oracle_inotify_init(int *err) {
  ORACLE_RETURN(int, err, inotify_init());
}

int oracle_eventfd_read(int fd, unsigned long long *value, int *err) {
  eventfd_t v = 0;
  errno = 0;
  int r = eventfd_read(fd, &v);
  *err = errno;
  *value = v;
  return r;
}

int oracle_eventfd_write(int fd, unsigned long long value, int *err) {
  ORACLE_RETURN(int, err, eventfd_write(fd, value));
}

int oracle_fanotify_init(unsigned int flags, unsigned int event_f_flags, int *err) {
  ORACLE_RETURN(int, err, fanotify_init(flags, event_f_flags));
}

int oracle_fanotify_mark(int fd, unsigned int flags, unsigned long long mask, int dirfd,
                         const char *path, int *err) {
  ORACLE_RETURN(int, err, fanotify_mark(fd, flags, mask, dirfd, path));
}

void oracle_fd_set_of(const int *fds, int n, void *out) {
  fd_set *set = out;
  FD_ZERO(set);
  for (int i = 0; i < n; i++)
    FD_SET(fds[i], set);
}

void oracle_block_sigalrm(int block) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGALRM);
  sigprocmask(block ? SIG_BLOCK : SIG_UNBLOCK, &set, NULL);
}
