/* i386 parts of the event calls (sysgate/event.h): ppoll and pselect through
 * ppoll_time64 and pselect6_time64, which take sysgate's 64-bit timespec;
 * select; fanotify_mark with its 64-bit mask split in two.
 *
 * Not obvious: select. i386 has _newselect (142), whose timeval is two 32-bit words, so a tv_sec
 * past 2038 would not fit. sys_select uses pselect6_time64 with no signal mask instead (glibc does
 * too, when tv_sec needs 64 bits): the timeval becomes a 64-bit timespec and the time left comes
 * back into the caller's timeval, Linux's select behaviour. (the rest: docs/arch.md)
 */
#ifndef SYSGATE_ARCH_I386_EVENT_H
#define SYSGATE_ARCH_I386_EVENT_H

/* Unpacked, as the kernel declares it here: a uint64_t is 4-aligned on i386,
 * so this is already 12 bytes. glibc packs it anyway (alignment 1). */
struct epoll_event {
  uint32_t events;
  epoll_data_t data;
};

#define SYSGATE_USEC_PER_SEC 1000000

SG_INLINE long sys_select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
                          struct timeval *timeout) {
  struct timespec ts = {.tv_sec = 0, .tv_nsec = 0}, *tsp = 0;
  struct timeval tv = {0, 0};
  if (timeout) {
    if (sysgate_copy_in(&tv, timeout, sizeof tv) != 0)
      return -EFAULT;
    if (tv.tv_sec < 0 || tv.tv_usec < 0 || tv.tv_usec > INT32_MAX)
      return -EINVAL;
    uint32_t usec = (uint32_t)tv.tv_usec, carry = usec / SYSGATE_USEC_PER_SEC;
    ts.tv_sec = tv.tv_sec > INT64_MAX - carry ? INT64_MAX : tv.tv_sec + carry;
    ts.tv_nsec = (long)(usec % SYSGATE_USEC_PER_SEC) * 1000;
    tsp = &ts;
  }
  long ret = syscall6(SYS_pselect6_time64, nfds, (long)readfds, (long)writefds, (long)exceptfds,
                      (long)tsp, 0);
  struct timeval left = {ts.tv_sec, ts.tv_nsec / 1000};
  if (timeout && (left.tv_sec != tv.tv_sec || left.tv_usec != tv.tv_usec))
    (void)sysgate_copy_out(timeout, &left, sizeof left);
  return ret;
}

/* The 64-bit mask as two registers, low word first (fs/notify/fanotify/
 * fanotify_user.c, the compat entry point's mask0 and mask1). */

#endif
