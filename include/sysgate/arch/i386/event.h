/* i386 parts of the event calls (sysgate/event.h): ppoll and pselect through
 * ppoll_time64 and pselect6_time64, which take sysgate's 64-bit timespec.
 *
 * Not obvious: select. i386 has _newselect (142), whose timeval is two 32-bit
 * words, so a tv_sec past 2038 would not fit. sys_select uses pselect6_time64
 * with no signal mask instead (glibc does too, when tv_sec needs 64 bits): the
 * timeval becomes a 64-bit timespec and the time left comes back into the
 * caller's timeval, Linux's select behaviour. As the kernel's select does
 * (fs/select.c, kern_select), a tv_usec of a second or more is carried into
 * tv_sec (saturating), and a negative field is EINVAL; so is a tv_usec past
 * INT32_MAX (POSIX allows EINVAL for a component "too large"; glibc cuts it to
 * 32 bits), which keeps the arithmetic in 32 bits, with no libgcc division
 * helper (__divdi3, which glibc also exports) in the caller. The wrapper reads
 * and writes the caller's timeval itself, so a bad timeval pointer faults in
 * the caller (as glibc's does).
 */
#ifndef SYSGATE_ARCH_I386_EVENT_H
#define SYSGATE_ARCH_I386_EVENT_H

/* Unpacked, as the kernel declares it here: a uint64_t is 4-aligned on i386,
 * so this is already 12 bytes. glibc packs it anyway (alignment 1). */
struct epoll_event {
  uint32_t events;
  epoll_data_t data;
};

#define SYSGATE_NR_ppoll SYS_ppoll_time64
#define SYSGATE_NR_pselect6 SYS_pselect6_time64

#define SYSGATE_USEC_PER_SEC 1000000

SG_INLINE long sys_select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
                          struct timeval *timeout) {
  struct timespec ts = {.tv_sec = 0, .tv_nsec = 0}, *tsp = 0;
  if (timeout) {
    if (timeout->tv_sec < 0 || timeout->tv_usec < 0 || timeout->tv_usec > INT32_MAX)
      return -EINVAL;
    uint32_t usec = (uint32_t)timeout->tv_usec, carry = usec / SYSGATE_USEC_PER_SEC;
    ts.tv_sec = timeout->tv_sec > INT64_MAX - carry ? INT64_MAX : timeout->tv_sec + carry;
    ts.tv_nsec = (long)(usec % SYSGATE_USEC_PER_SEC) * 1000;
    tsp = &ts;
  }
  long ret = syscall6(SYS_pselect6_time64, nfds, (long)readfds, (long)writefds, (long)exceptfds,
                      (long)tsp, 0);
  if (timeout) {
    timeout->tv_sec = ts.tv_sec;
    timeout->tv_usec = ts.tv_nsec / 1000;
  }
  return ret;
}

#endif
